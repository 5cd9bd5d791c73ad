namespace ActionPlanTracker.Web.Tests.BadInput;

/// <summary>How the antiforgery token goes with a POST.</summary>
public enum TokenUse
{
    /// <summary>The token of the poster's own session, as the page handed it out.</summary>
    Own,

    /// <summary>No token at all.</summary>
    Missing,

    /// <summary>A token taken from another person's session.</summary>
    OtherSession,
}

/// <summary>
/// Where a request goes, and for a form the valid values it starts from: a case changes only the fields it is
/// about, so the refusal it expects has one cause.
/// </summary>
public sealed record Target(string Name, bool IsPost, Func<BadInputFixture, string> Url, Func<BadInputFixture, Task<IReadOnlyList<(string Name, string Value)>>> Valid)
{
    public static Target Get(string name, Func<BadInputFixture, string> url) => new(name, IsPost: false, url, _ => Task.FromResult(None));

    public static Target Post(string name, Func<BadInputFixture, string> url, params (string Name, string Value)[] valid) =>
        new(name, IsPost: true, url, _ => Task.FromResult<IReadOnlyList<(string, string)>>(valid));

    public static Target Post(string name, Func<BadInputFixture, string> url, Func<BadInputFixture, Task<IReadOnlyList<(string Name, string Value)>>> valid) =>
        new(name, IsPost: true, url, valid);

    private static readonly IReadOnlyList<(string Name, string Value)> None = [];
}

/// <summary>One malformed request and how it must be refused: the status, and a phrase of the message the page shows.</summary>
public sealed record BadInputCase(
    string Name, Who Who, Target Target, IReadOnlyList<(string Field, string? Value)> Changes, int Status, string Message,
    TokenUse Token = TokenUse.Own)
{
    /// <summary>The valid values with the case's changes applied; a null value leaves the field out.</summary>
    public async Task<FormUrlEncodedContent> BodyAsync(BadInputFixture fixture)
    {
        var fields = (await Target.Valid(fixture)).ToList();
        foreach (var (field, value) in Changes)
        {
            fields.RemoveAll(f => f.Name == field);
            if (value is not null)
            {
                fields.Add((field, value));
            }
        }

        var token = Token switch
        {
            TokenUse.Own => await fixture.TokenAsync(Who),
            TokenUse.OtherSession => await fixture.TokenAsync(Who == Who.FocalPointDe ? Who.FocalPointFr : Who.FocalPointDe),
            _ => null,
        };
        if (token is not null)
        {
            fields.Add((Testing.Forms.TokenField, token));
        }

        return new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
    }

    public override string ToString() => Name;
}

/// <summary>Builds the corpus' cases in one line each.</summary>
public static class Corpus
{
    /// <summary>What the status page says for each refusal that shows no form.</summary>
    public const string BadRequestPage = "The request could not be understood";
    public const string NotFoundPage = "Page not found";
    public const string ForbiddenPage = "You do not have access to this page";

    public static BadInputCase Get(string name, Who who, string url, int status) => Get(name, who, _ => url, status);

    public static BadInputCase Get(string name, Who who, Func<BadInputFixture, string> url, int status) =>
        new(name, who, Target.Get(name, url), [], status, status switch
        {
            403 => ForbiddenPage,
            404 => NotFoundPage,
            _ => BadRequestPage,
        });

    /// <summary>A GET the page itself refuses, saying why in its own words.</summary>
    public static BadInputCase GetSays(string name, Who who, string url, int status, string message) =>
        new(name, who, Target.Get(name, _ => url), [], status, message);

    public static BadInputCase Post(string name, Who who, Target target, int status, string message, params (string Field, string? Value)[] changes) =>
        new(name, who, target, changes, status, message);

    /// <summary>A POST the status page answers: 403, 404, or 400 for a request the framework cannot read.</summary>
    public static BadInputCase Refused(string name, Who who, Target target, int status, params (string Field, string? Value)[] changes) =>
        new(name, who, target, changes, status, status switch
        {
            403 => ForbiddenPage,
            404 => NotFoundPage,
            _ => BadRequestPage,
        });

    public static TheoryData<string> Names(IEnumerable<BadInputCase> cases)
    {
        var data = new TheoryData<string>();
        foreach (var name in cases.Select(c => c.Name))
        {
            data.Add(name);
        }

        return data;
    }

    /// <summary>A text of exactly <paramref name="length"/> characters, readable in a failure message.</summary>
    public static string Chars(int length) => string.Concat(Enumerable.Repeat("word ", (length / 5) + 1))[..length];
}
