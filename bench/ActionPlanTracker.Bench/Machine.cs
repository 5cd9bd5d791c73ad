using System.Runtime.InteropServices;
using Npgsql;

namespace ActionPlanTracker.Bench;

/// <summary>What the figures were measured on, in one line.</summary>
internal static class Machine
{
    public static async Task<string> DescribeAsync(string connectionString)
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]
            : null;
        string postgres;
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            postgres = "PostgreSQL " + connection.PostgreSqlVersion;
        }
        catch (NpgsqlException)
        {
            postgres = "PostgreSQL (stopped)";
        }

        var gb = memory is null ? "?" : (long.Parse(memory, System.Globalization.CultureInfo.InvariantCulture) / 1024.0 / 1024.0).ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
        return $"{Environment.ProcessorCount} cores ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), {gb} GB, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {postgres}; application, PostgreSQL and wrk on the same machine";
    }
}
