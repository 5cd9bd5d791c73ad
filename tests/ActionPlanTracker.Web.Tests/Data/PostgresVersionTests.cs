using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace ActionPlanTracker.Web.Tests.Data;

/// <summary>The PostgreSQL that docker-compose.yml deploys is the major version the tests have just run on.</summary>
public sealed partial class PostgresVersionTests
{
    [Fact]
    public async Task The_deployment_runs_the_PostgreSQL_major_version_the_tests_run_on()
    {
        var compose = await File.ReadAllTextAsync(RepositoryFiles.PathOf("docker-compose.yml"));
        var image = PostgresImage().Match(compose);
        Assert.True(image.Success, "docker-compose.yml names no postgres:<major> image.");

        await using var connection = new NpgsqlConnection(await TestPostgres.CreateDatabaseAsync(migrated: false));
        await connection.OpenAsync();
        await using var version = new NpgsqlCommand("SELECT current_setting('server_version_num')::int / 10000", connection);
        var tested = (int)(await version.ExecuteScalarAsync())!;

        Assert.Equal(tested, int.Parse(image.Groups["major"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"image:\s*postgres:(?<major>\d+)")]
    private static partial Regex PostgresImage();
}
