using ActionPlanTracker.Data.Auditing;
using Npgsql;

namespace ActionPlanTracker.Web.Tests.Audit;

/// <summary>
/// The registry of audited tables names every table the migrations create and, for each table the trail records,
/// every column as copied or never copied: a table or column added without a decision fails here.
/// </summary>
public sealed class AuditedTablesTests
{
    [Fact]
    public async Task Every_table_and_every_recorded_column_of_the_database_is_in_the_registry()
    {
        var columns = await ColumnsAsync(await TestPostgres.CreateDatabaseAsync());

        var unlisted = columns.Keys.Except(AuditedTables.All.Select(t => t.Name)).ToList();
        var gone = AuditedTables.All.Select(t => t.Name).Except(columns.Keys).ToList();
        Assert.True(unlisted.Count == 0, $"Tables not in AuditedTables: {string.Join(", ", unlisted)}");
        Assert.True(gone.Count == 0, $"AuditedTables names tables the database does not have: {string.Join(", ", gone)}");

        foreach (var table in AuditedTables.All.Where(t => t.IsRecorded))
        {
            var undecided = columns[table.Name].Except(table.Copied).Except(table.NotCopied).ToList();
            var unknown = table.Copied.Concat(table.NotCopied).Except(columns[table.Name]).ToList();
            Assert.True(undecided.Count == 0, $"{table.Name}: columns neither copied nor kept out of the trail: {string.Join(", ", undecided)}");
            Assert.True(unknown.Count == 0, $"{table.Name}: the registry names columns the table does not have: {string.Join(", ", unknown)}");
            Assert.Empty(table.Copied.Intersect(table.NotCopied));
        }

        foreach (var table in AuditedTables.All.Where(t => !t.IsRecorded))
        {
            Assert.False(string.IsNullOrWhiteSpace(table.NotRecordedBecause), $"{table.Name} is not recorded, and the registry does not say why.");
        }
    }

    [Theory]
    [InlineData("users", "password_hash")]
    [InlineData("users", "security_stamp")]
    [InlineData("personal_access_tokens", "secret_hash")]
    public void Secrets_are_never_copied(string table, string column)
    {
        Assert.Contains(column, (IReadOnlySet<string>)AuditedTables.Of(table).NotCopied);
        Assert.DoesNotContain(column, (IReadOnlySet<string>)AuditedTables.Of(table).Copied);
    }

    [Fact]
    public void A_table_missing_from_the_registry_is_refused_not_recorded_by_guess() =>
        Assert.Throws<InvalidOperationException>(() => AuditedTables.Of("a_table_added_later"));

    private static async Task<Dictionary<string, HashSet<string>>> ColumnsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT t.table_name, c.column_name FROM information_schema.tables t "
            + "JOIN information_schema.columns c ON c.table_schema = t.table_schema AND c.table_name = t.table_name "
            + "WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            var table = reader.GetString(0);
            if (!columns.TryGetValue(table, out var set))
            {
                columns[table] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(reader.GetString(1));
        }

        return columns;
    }
}
