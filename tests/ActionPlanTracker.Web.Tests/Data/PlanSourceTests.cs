using System.Text.RegularExpressions;
using ActionPlanTracker.Data.Seed;

namespace ActionPlanTracker.Web.Tests.Data;

/// <summary>
/// The seed must be the plan as adopted, word for word. These tests read the printed text in
/// docs/source independently of the seed and compare.
/// </summary>
public sealed partial class PlanSourceTests
{
    private const string PageHeader = "G7 Interior and Security Ministers' Meeting Mirabella Eclano, 2-3-4 October 2024";

    private static readonly PlanDocument Seed = PlanDocument.Load();

    [Fact]
    public void Seed_has_five_pillars_with_the_commitments_of_the_adopted_text()
    {
        Assert.Equal(["I", "II", "III", "IV", "V"], Seed.Pillars.Select(p => p.Numeral));
        Assert.Equal([6, 4, 9, 3, 5], Seed.Pillars.Select(p => p.Commitments.Count));
        Assert.Equal(27, Seed.Pillars.Sum(p => p.Commitments.Count));
        Assert.Equal(6, Seed.Priorities.Count);
    }

    [Fact]
    public void Commitment_codes_are_numbered_in_order_within_each_pillar()
    {
        foreach (var pillar in Seed.Pillars)
        {
            var expected = Enumerable.Range(1, pillar.Commitments.Count).Select(n => $"{pillar.Numeral}.{n}");
            Assert.Equal(expected, pillar.Commitments.Select(c => c.Code));
        }
    }

    [Fact]
    public void Every_bullet_of_the_source_is_one_commitment_with_the_same_words_in_the_same_order()
    {
        var bullets = SourceBullets().Skip(Seed.Priorities.Count).ToList();

        var seeded = Seed.Pillars.SelectMany(p => p.Commitments).Select(c => c.Text).ToList();

        Assert.Equal(bullets.Count, seeded.Count);
        for (var i = 0; i < bullets.Count; i++)
        {
            Assert.Equal(bullets[i], seeded[i]);
        }
    }

    [Fact]
    public void Every_priority_is_the_source_bullet_word_for_word()
    {
        var bullets = SourceBullets().Take(Seed.Priorities.Count).ToList();

        Assert.Equal(bullets, Seed.Priorities.Select(p => p.Text));
        Assert.All(Seed.Priorities, p => Assert.StartsWith(p.Title, p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Lead_sentences_are_the_source_pillar_paragraphs()
    {
        var source = Paragraphs();
        foreach (var pillar in Seed.Pillars)
        {
            Assert.Contains($"({pillar.Numeral}) {pillar.LeadSentence}", source);
        }
    }

    [Fact]
    public void Page_furniture_never_reaches_a_text_and_a_bullet_across_a_page_break_is_whole()
    {
        var texts = Seed.Pillars.SelectMany(p => p.Commitments.Select(c => c.Text)).Concat(Seed.Priorities.Select(p => p.Text));
        Assert.All(texts, t => Assert.DoesNotContain("Ministers' Meeting Mirabella Eclano", t, StringComparison.Ordinal));

        var i5 = Seed.Pillars[0].Commitments[4];
        Assert.StartsWith("Working collaboratively with social media companies", i5.Text, StringComparison.Ordinal);
        Assert.Contains("migrant smuggling and trafficking in persons including through collectively calling", i5.Text, StringComparison.Ordinal);
        Assert.EndsWith("offering illicit transportation services to migrants.", i5.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_names_the_eight_members()
    {
        Assert.Equal(["CA", "FR", "DE", "IT", "JP", "GB", "US", "EU"], Seed.Members.Select(m => m.Code));
    }

    /// <summary>The source's paragraphs with page headers removed and paragraphs split by a page break joined again.</summary>
    private static List<string> Paragraphs()
    {
        var lines = File.ReadAllLines(RepositoryFiles.PathOf("docs", "source", "g7-action-plan-smuggling-of-migrants-2024.txt"));
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line == PageHeader)
            {
                continue;
            }

            var startsBlock = line.Length == 0 || line.StartsWith("- ", StringComparison.Ordinal) || PillarHeading().IsMatch(line);
            if (startsBlock && current.Count > 0)
            {
                paragraphs.Add(string.Join(' ', current));
                current.Clear();
            }

            if (line.Length > 0)
            {
                current.Add(line);
            }
        }

        if (current.Count > 0)
        {
            paragraphs.Add(string.Join(' ', current));
        }

        var joined = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            // A paragraph that starts in lower case is the rest of the one cut by the page break.
            if (joined.Count > 0 && char.IsLower(paragraph[0]))
            {
                joined[^1] += " " + paragraph;
            }
            else
            {
                joined.Add(paragraph);
            }
        }

        return [.. joined.Select(Plain)];
    }

    private static IEnumerable<string> SourceBullets() =>
        Paragraphs().Where(p => p.StartsWith("- ", StringComparison.Ordinal)).Select(p => p[2..]);

    /// <summary>The source marks emphasis with asterisks and escapes the dollar sign; the words are what counts.</summary>
    private static string Plain(string text) => Emphasis().Replace(text.Replace("**", "", StringComparison.Ordinal), "$1").Replace("\\$", "$", StringComparison.Ordinal);

    [GeneratedRegex(@"^\((I|II|III|IV|V)\) ")]
    private static partial Regex PillarHeading();

    [GeneratedRegex(@"\*([^*]+)\*")]
    private static partial Regex Emphasis();
}
