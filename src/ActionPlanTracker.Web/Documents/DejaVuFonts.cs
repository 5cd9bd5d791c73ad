using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace ActionPlanTracker.Web.Documents;

/// <summary>
/// PDFsharp finds no system fonts on Linux: it is handed DejaVu Sans (Debian package fonts-dejavu-core), regular and
/// bold, whatever family is asked for. The font files are embedded (subset) in every PDF.
/// </summary>
public sealed class DejaVuFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Folder = "/usr/share/fonts/truetype/dejavu";

    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans", mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName) => _files.GetOrAdd(faceName, name =>
    {
        var path = Path.Combine(Folder, name + ".ttf");
        return File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new FileNotFoundException($"The PDF needs the DejaVu fonts: install the Debian package fonts-dejavu-core ({path} is missing).", path);
    });
}
