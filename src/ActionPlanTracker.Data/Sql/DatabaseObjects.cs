using System.Globalization;
using System.Text.RegularExpressions;
using ActionPlanTracker.Data.Auditing;
using ActionPlanTracker.Data.Caching;

namespace ActionPlanTracker.Data.Sql;

/// <summary>
/// The functions and triggers the database enforces by itself, kept as embedded scripts in <c>Sql/</c>. Every value the
/// C# shares with them (the chain's advisory lock and first hash, the tables the data version tracks, the append-only
/// tables) is written once, in C#, and put into the script where it says <c>{{name}}</c>. Each script is safe to apply
/// any number of times and skips tables that do not exist yet: the migration that creates a table, or changes a
/// script, applies the script again.
/// </summary>
public static partial class DatabaseObjects
{
    /// <summary>Tables that keep a record and refuse UPDATE, DELETE and TRUNCATE from anyone.</summary>
    public static readonly IReadOnlyList<string> AppendOnlyTables = ["report_revisions", "audit_events", "indicator_values"];

    /// <summary>Refuses changes to <see cref="AppendOnlyTables"/>.</summary>
    public static string AppendOnlySql => Render("AppendOnly.sql");

    /// <summary>The audit trail's hash chain: the canonical hash and the trigger that appends.</summary>
    public static string AuditChainSql => Render("AuditChain.sql");

    /// <summary>The statement triggers that move <see cref="DataVersion"/>'s stamp.</summary>
    public static string DataVersionSql => Render("DataVersion.sql");

    /// <summary>Every script, by file name, in the order a new database needs them.</summary>
    public static IReadOnlyList<string> ScriptNames { get; } = ["AppendOnly.sql", "AuditChain.sql", "DataVersion.sql"];

    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["append_only_tables"] = ArrayOf(AppendOnlyTables),
        ["audit_chain_lock"] = AuditChain.AdvisoryLock.ToString(CultureInfo.InvariantCulture),
        ["audit_chain_genesis"] = Literal(AuditChain.Genesis),
        ["data_version_tables"] = ArrayOf(DataVersion.TrackedTables),
    };

    /// <summary>A script with every placeholder filled; an unknown placeholder is a programming error.</summary>
    public static string Render(string scriptName)
    {
        var text = Source(scriptName);
        return Placeholder().Replace(text, m => Values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"{scriptName} uses {{{{{m.Groups[1].Value}}}}}, which DatabaseObjects does not define."));
    }

    /// <summary>The script as stored, placeholders and all.</summary>
    public static string Source(string scriptName)
    {
        using var stream = typeof(DatabaseObjects).Assembly.GetManifestResourceStream($"ActionPlanTracker.Data.Sql.{scriptName}")
            ?? throw new ArgumentException($"There is no embedded script {scriptName}.", nameof(scriptName));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The placeholders a script uses.</summary>
    public static IReadOnlyList<string> PlaceholdersOf(string scriptName) =>
        [.. Placeholder().Matches(Source(scriptName)).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    /// <summary>The names <see cref="Render"/> fills.</summary>
    public static IReadOnlyCollection<string> PlaceholderNames => Values.Keys;

    private static string ArrayOf(IEnumerable<string> values) => $"ARRAY[{string.Join(", ", values.Select(Literal))}]::text[]";

    private static string Literal(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";

    [GeneratedRegex(@"\{\{([a-z_]+)\}\}")]
    private static partial Regex Placeholder();
}
