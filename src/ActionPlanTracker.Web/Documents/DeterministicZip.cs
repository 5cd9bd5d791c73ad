using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ActionPlanTracker.Web.Documents;

/// <summary>
/// Rewrites an Office package so the same content gives the same bytes: entries in the order they were written, each
/// stamped with one constant time (System.IO.Packaging stamps them with the current time), and the package's own
/// relationship ids, which the SDK makes random (nothing inside the parts refers to them), renumbered rId1, rId2…
/// </summary>
public static partial class DeterministicZip
{
    private static readonly DateTimeOffset Stamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalise(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = Stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == "_rels/.rels")
                {
                    using var reader = new StreamReader(from, Encoding.UTF8);
                    var count = 0;
                    var text = RandomId().Replace(reader.ReadToEnd(), _ => $"Id=\"rId{++count}\"");
                    to.Write([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    [GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial Regex RandomId();
}
