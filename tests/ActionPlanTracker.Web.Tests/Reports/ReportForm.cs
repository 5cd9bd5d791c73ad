using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace ActionPlanTracker.Web.Tests.Reports;

/// <summary>The report form as a browser holds it: read once (token and version), posted later.</summary>
internal sealed partial record ReportForm(int ReportId, string Token, string Version)
{
    /// <summary>Encodes text the way the application's pages do.</summary>
    public static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static async Task<ReportForm> ReadAsync(HttpClient client, int reportId)
    {
        var html = await client.GetStringAsync($"/reports/{reportId}");
        var version = VersionField().Match(html);
        Assert.True(version.Success, "The report page holds no version field.");
        return new ReportForm(reportId, Forms.TokenOf(html)!, version.Groups[1].Value);
    }

    /// <summary>Reads the form, then posts the fields to the handler (Save, Submit, CarryForward).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, int reportId, string handler, params (string Name, string Value)[] fields) =>
        await (await ReadAsync(client, reportId)).PostAsync(client, handler, fields);

    public Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, params (string Name, string Value)[] fields) =>
        client.PostAsync($"/reports/{ReportId}?handler={handler}", new FormUrlEncodedContent(
        [
            new("Input.Version", Version),
            .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)),
            new(Forms.TokenField, Token),
        ]));

    [GeneratedRegex("name=\"Input.Version\" value=\"([0-9]+)\"")]
    private static partial Regex VersionField();
}
