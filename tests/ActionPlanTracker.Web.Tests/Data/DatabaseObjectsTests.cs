using ActionPlanTracker.Data.Auditing;
using ActionPlanTracker.Data.Sql;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ActionPlanTracker.Web.Tests.Data;

/// <summary>
/// The database's own functions and triggers come from the embedded scripts, with every value they share with the C#
/// filled in from the C#; a migrated database holds exactly what the scripts say.
/// </summary>
public sealed class DatabaseObjectsTests
{
    [Fact]
    public void Every_script_is_listed_and_every_placeholder_is_filled_from_the_CSharp()
    {
        var embedded = typeof(DatabaseObjects).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("ActionPlanTracker.Data.Sql.", StringComparison.Ordinal))
            .Select(n => n["ActionPlanTracker.Data.Sql.".Length..]);
        Assert.Equal(embedded.Order(StringComparer.Ordinal), DatabaseObjects.ScriptNames.Order(StringComparer.Ordinal));

        var used = DatabaseObjects.ScriptNames.SelectMany(DatabaseObjects.PlaceholdersOf).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(DatabaseObjects.PlaceholderNames.Order(StringComparer.Ordinal), used.Order(StringComparer.Ordinal));
        Assert.All(DatabaseObjects.ScriptNames, name => Assert.DoesNotContain("{{", DatabaseObjects.Render(name), StringComparison.Ordinal));
        Assert.Contains($"pg_advisory_xact_lock({AuditChain.AdvisoryLock})", DatabaseObjects.AuditChainSql, StringComparison.Ordinal);
        Assert.Contains($"'{AuditChain.Genesis}'", DatabaseObjects.AuditChainSql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_migrated_database_holds_exactly_what_the_scripts_say()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var migrated = await DefinitionsAsync(connection);

        // Applying every script again changes nothing: no function body, trigger or trigger target differs.
        foreach (var name in DatabaseObjects.ScriptNames)
        {
            await using var apply = new NpgsqlCommand(DatabaseObjects.Render(name), connection);
            await apply.ExecuteNonQueryAsync();
        }

        Assert.Equal(migrated, await DefinitionsAsync(connection));
        Assert.Contains(migrated, d => d.Contains($"pg_advisory_xact_lock({AuditChain.AdvisoryLock})", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Exactly_the_append_only_tables_refuse_changes()
    {
        await using var db = TestPostgres.CreateContext(await TestPostgres.CreateDatabaseAsync());

        var guarded = await db.Database.SqlQuery<string>($"""
            SELECT c.relname || ' ' || t.tgname AS "Value"
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
            WHERE p.proname = 'refuse_change'
            """).ToListAsync();

        var expected = DatabaseObjects.AppendOnlyTables.SelectMany(t => new[] { $"{t} {t}_append_only", $"{t} {t}_no_truncate" });
        Assert.Equal(expected.Order(StringComparer.Ordinal), guarded.Order(StringComparer.Ordinal));
    }

    private static async Task<List<string>> DefinitionsAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("""
            SELECT pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public' AND p.prokind = 'f'
            UNION ALL
            SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t WHERE NOT t.tgisinternal
            ORDER BY 1
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var definitions = new List<string>();
        while (await reader.ReadAsync())
        {
            definitions.Add(reader.GetString(0));
        }

        return definitions;
    }
}
