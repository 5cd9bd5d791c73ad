namespace ActionPlanTracker.Web.Demo;

/// <summary>Plausible report text for the demo, built from each member's agencies and each pillar's kind of work.</summary>
internal static class DemoNarratives
{
    private static readonly Dictionary<string, string[]> Agencies = new()
    {
        ["CA"] = ["the Royal Canadian Mounted Police", "the Canada Border Services Agency", "Immigration, Refugees and Citizenship Canada"],
        ["FR"] = ["the Office central de lutte contre le trafic illicite de migrants", "the Police aux frontières", "the Direction générale des étrangers en France"],
        ["DE"] = ["the Federal Police (Bundespolizei)", "the Federal Criminal Police Office (BKA)", "the Federal Ministry of the Interior"],
        ["IT"] = ["the Central Directorate of Immigration and Border Police", "the Guardia di Finanza", "the Ministry of the Interior"],
        ["JP"] = ["the National Police Agency", "the Immigration Services Agency", "the Ministry of Foreign Affairs"],
        ["GB"] = ["the National Crime Agency", "Border Force", "the Home Office"],
        ["US"] = ["Homeland Security Investigations", "Customs and Border Protection", "the Department of State"],
        ["EU"] = ["Europol's European Migrant Smuggling Centre", "Frontex", "the European Commission (DG HOME)"],
    };

    private static readonly string[][] Work =
    [
        // I: law-enforcement capacities
        ["set up a dedicated analysis cell and trained {n} investigators", "ran {n} operations against smuggling networks, with arrests in three regions", "extended secure information exchange to {n} liaison posts"],
        // II: international cooperation
        ["co-led {n} coordination meetings with partners under existing multilateral forums", "signed a cooperation arrangement with the relevant agencies of {n} partner countries", "shared financial intelligence in {n} cross-border cases"],
        // III: countries of origin and transit
        ["funded capacity-building projects in {n} countries along the main routes", "deployed {n} experts to support border management in transit countries", "agreed joint work plans with {n} countries of origin and transit"],
        // IV: prevention and awareness
        ["ran information campaigns reaching an estimated {n}0,000 people in countries of origin", "held {n} workshops with civil society organisations and online platforms", "published guidance on legal pathways in {n} languages"],
        // V: knowledge and monitoring
        ["commissioned {n} field studies with academic partners", "contributed {n} data sets to the shared analysis of irregular migration flows", "reported to the Roma-Lyon Group at {n} meetings"],
    ];

    private static readonly string[] NextSteps =
    [
        "Extend the measure to the remaining regions and evaluate its results with partners.",
        "Consolidate the arrangements and report on outcomes at the next Heads of Delegation meeting.",
        "Prepare a joint action with two partner members for the next reporting period.",
        "Review the data collected and agree common indicators with the secretariat.",
    ];

    private static readonly string[] Challenges =
    [
        "Differences in legal frameworks slow down the exchange of evidence.",
        "Recruiting specialised staff takes longer than planned.",
        "Data on some routes remain incomplete and hard to compare.",
        "",
    ];

    public static string Narrative(Random random, string member, int pillar, string shortTitle, string period)
    {
        var agencies = Agencies[member];
        var work = Work[pillar - 1];
        var first = work[random.Next(work.Length)].Replace("{n}", (random.Next(2, 9)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var second = work[random.Next(work.Length)].Replace("{n}", (random.Next(2, 9)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return $"On {char.ToLowerInvariant(shortTitle[0])}{shortTitle[1..]}: in {period}, {agencies[random.Next(agencies.Length)]} {first}.\n\n"
            + $"In addition, {agencies[random.Next(agencies.Length)]} {second}.";
    }

    public static string NextStep(Random random) => NextSteps[random.Next(NextSteps.Length)];

    public static string Challenge(Random random) => Challenges[random.Next(Challenges.Length)];

    public static IReadOnlyList<string> Evidence(Random random, string member, string code) =>
        random.Next(3) == 0
            ? []
            : [$"https://www.example.org/{member.ToLowerInvariant()}/reports/{code.Replace('.', '-')}", $"Annual report {member} 2025, chapter {random.Next(1, 9)}"];
}
