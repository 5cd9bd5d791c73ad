using ActionPlanTracker.Data;
using ActionPlanTracker.Web.Attachments;
using Npgsql;

namespace ActionPlanTracker.Web.Hosting;

/// <summary>
/// Reads every setting the application depends on once, before anything starts, and refuses a malformed one with a
/// message naming the setting; otherwise the mistake would surface later as a stack trace (or, worse, on first use).
/// </summary>
internal static class ConfigurationCheck
{
    public static void CheckActionPlanTrackerConfiguration(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var problems = new List<string>();

        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            try
            {
                _ = new NpgsqlConnectionStringBuilder(connectionString);
            }
            catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidCastException or OverflowException)
            {
                // The message names the keyword at fault; the connection string itself may hold a password and is not repeated.
                problems.Add($"ConnectionStrings:ActionPlan is not a PostgreSQL connection string ({exception.Message.Split('\n')[0].Trim()}).");
            }
        }

        var enabled = configuration["LocalDatabase:Enabled"];
        if (!string.IsNullOrWhiteSpace(enabled) && !bool.TryParse(enabled, out _))
        {
            problems.Add($"LocalDatabase:Enabled is \"{enabled}\"; it is true or false.");
        }

        foreach (var url in (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IsListeningAddress(url))
            {
                problems.Add($"The address \"{url}\" (setting urls, --urls or ASPNETCORE_URLS) is not one to listen on, such as http://0.0.0.0:8080 or https://localhost:5001.");
            }
        }

        var scan = new MalwareScanOptions();
        try
        {
            configuration.GetSection(MalwareScanOptions.Section).Bind(scan);
            problems.AddRange(scan.Problems());
        }
        catch (InvalidOperationException exception)
        {
            problems.Add($"{MalwareScanOptions.Section} is not valid ({exception.Message}); WhenUnavailable is Refuse or Wait, the seconds are whole numbers.");
        }

        if (problems.Count > 0)
        {
            throw new StartupException("The configuration is not valid: " + string.Join(" ", problems));
        }
    }

    private static bool IsListeningAddress(string url)
    {
        try
        {
            var address = BindingAddress.Parse(url);
            return address.Scheme is "http" or "https" && !string.IsNullOrEmpty(address.Host) && address.Port is >= 0 and <= 65535;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
