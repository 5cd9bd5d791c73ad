using System.Text;

namespace ActionPlanTracker.Bench;

/// <summary>
/// Seeded text of realistic lengths: narratives of a few hundred to a few thousand characters, in English with some
/// French passages (accents), the way focal points write them. The same seed gives the same data set.
/// </summary>
internal sealed class TextGenerator(int seed)
{
    private static readonly string[] English =
    [
        "the", "national", "authorities", "strengthened", "cooperation", "with", "partners", "on", "investigations", "into",
        "smuggling", "networks", "border", "police", "prosecutors", "joint", "operations", "financial", "flows", "online",
        "platforms", "training", "sessions", "were", "held", "for", "officers", "and", "judges", "a", "new", "task", "force",
        "exchanged", "information", "through", "Europol", "Interpol", "liaison", "officers", "in", "countries", "of", "origin",
        "transit", "awareness", "campaigns", "reached", "migrants", "about", "the", "risks", "of", "irregular", "journeys",
        "legislation", "was", "amended", "to", "raise", "penalties", "assets", "seized", "convictions", "data", "analysis",
    ];

    private static readonly string[] French =
    [
        "les", "autorités", "ont", "renforcé", "la", "coopération", "opérationnelle", "avec", "réseaux", "démantelés",
        "enquêtes", "financières", "passeurs", "frontière", "échange", "d'informations", "sensibilisation", "préfecture",
        "délégation", "procédure", "pénale", "étrangers", "sécurité", "intérieure",
    ];

    private readonly Random _random = new(seed);

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    /// <summary>A narrative: mostly 300 to 3,000 characters, now and then longer.</summary>
    public string Narrative() => Paragraphs(_random.Next(10) == 0 ? _random.Next(3_000, 6_000) : _random.Next(300, 3_000));

    public string Short() => Paragraphs(_random.Next(80, 600));

    public string Paragraphs(int length)
    {
        var text = new StringBuilder(length + 80);
        var french = _random.Next(5) == 0;
        var sentenceStart = true;
        while (text.Length < length)
        {
            var words = french ? French : English;
            var word = words[_random.Next(words.Length)];
            text.Append(sentenceStart ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            sentenceStart = _random.Next(12) == 0;
            if (sentenceStart)
            {
                text.Append(_random.Next(6) == 0 ? ".\n\n" : ". ");
                french = _random.Next(5) == 0;
            }
            else
            {
                text.Append(' ');
            }
        }

        return text.ToString().TrimEnd() + ".";
    }

    public List<string> Evidence(int report) =>
        [.. Enumerable.Range(1, _random.Next(4)).Select(i => $"https://www.example.org/reports/{report}/annex-{i}.pdf")];
}
