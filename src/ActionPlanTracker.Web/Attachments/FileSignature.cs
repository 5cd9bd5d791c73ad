using System.IO.Compression;
using System.Xml.Linq;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Attachments;

/// <summary>
/// Which of the accepted types a file is, from its content and not only its name: the name's extension says what the
/// file claims to be, the first bytes (and, for the Office and OpenDocument formats, the parts inside the zip) must
/// agree. A zip renamed .docx, or a script renamed .pdf, is refused.
/// </summary>
public static class FileSignature
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".odt"] = "application/vnd.oasis.opendocument.text",
    };

    /// <summary>
    /// The content type to store and serve, or why the file is refused, worded by <paramref name="text"/>. The stream
    /// must be seekable; it is read from the start.
    /// </summary>
    public static (string? ContentType, string? Problem) Check(string fileName, Stream content, IStringLocalizer text)
    {
        var extension = Path.GetExtension(fileName);
        if (!Types.TryGetValue(extension, out var type))
        {
            return (null, text["Upload.TypeNotAccepted", text["Upload.Accepted"], extension]);
        }

        content.Position = 0;
        var head = new byte[8];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var matches = extension.ToLowerInvariant() switch
        {
            ".pdf" => Starts(head, read, "%PDF-"u8),
            ".png" => Starts(head, read, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            ".jpg" or ".jpeg" => Starts(head, read, [0xFF, 0xD8, 0xFF]),
            _ => Starts(head, read, [0x50, 0x4B, 0x03, 0x04]) && IsPackage(content, extension.ToLowerInvariant(), type),
        };
        content.Position = 0;
        return matches ? (type, null) : (null, text["Upload.ContentMismatch", fileName, extension.TrimStart('.').ToUpperInvariant()]);
    }

    private static bool Starts(byte[] head, int read, ReadOnlySpan<byte> signature) =>
        read >= signature.Length && head.AsSpan(0, signature.Length).SequenceEqual(signature);

    /// <summary>A DOCX or XLSX declares its main part in [Content_Types].xml; an ODT starts with its mimetype entry.</summary>
    private static bool IsPackage(Stream content, string extension, string type)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (extension == ".odt")
            {
                var entry = zip.GetEntry("mimetype");
                if (entry is null || entry.Length > 100)
                {
                    return false;
                }

                using var reader = new StreamReader(entry.Open());
                return reader.ReadToEnd().Trim() == type;
            }

            var types = zip.GetEntry("[Content_Types].xml");
            if (types is null || types.Length > 1_000_000)
            {
                return false;
            }

            using var stream = types.Open();
            var main = type + ".main+xml";
            return XDocument.Load(stream).Descendants().Any(e => e.Name.LocalName == "Override" && (string?)e.Attribute("ContentType") == main);
        }
        catch (InvalidDataException)
        {
            return false;
        }
        catch (System.Xml.XmlException)
        {
            return false;
        }
    }
}
