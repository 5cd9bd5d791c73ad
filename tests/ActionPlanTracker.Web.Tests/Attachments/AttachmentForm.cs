using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

namespace ActionPlanTracker.Web.Tests.Attachments;

/// <summary>The upload form as a browser sends it, and files of each kind to send.</summary>
internal static class AttachmentForm
{
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int reportId, string fileName, byte[] bytes)
    {
        var token = await client.GetTokenAsync($"/reports/{reportId}/attachments");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), Forms.TokenField);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Upload", fileName);
        return await client.PostAsync($"/reports/{reportId}/attachments?handler=Upload", form);
    }

    public static byte[] Pdf(string text = "evidence") => Encoding.ASCII.GetBytes($"%PDF-1.4\n% {text}\n%%EOF\n");

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    /// <summary>A zip holding the given entries: a real DOCX has [Content_Types].xml naming its main part.</summary>
    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }

    public static byte[] Docx() => Zip(
        ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
        ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"));
}
