using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ActionPlanTracker.Data.Auditing;
using ActionPlanTracker.LocalDatabase;
using ActionPlanTracker.Web.Api;
using ActionPlanTracker.Web.Cli;
using ActionPlanTracker.Web.Demo;
using ActionPlanTracker.Web.Hosting;
using ActionPlanTracker.Web.Localization;
using Microsoft.Extensions.WebEncoders;
using Serilog;

var command = CommandLine.Parse(args);
switch (command.Verb)
{
    case Verb.Help:
        Console.WriteLine(CommandLine.Usage);
        return 0;
    case Verb.Unknown:
        await Console.Error.WriteLineAsync($"Unknown verb \"{args[0]}\".{Environment.NewLine}");
        await Console.Error.WriteLineAsync(CommandLine.Usage);
        return 2;
    case Verb.Invalid:
        await Console.Error.WriteLineAsync(command.Error);
        await Console.Error.WriteLineAsync("See --help for every verb.");
        return 1;
    default:
        break;
}

Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateLogger();
LocalPostgresServer? embeddedDatabase = null;
try
{
    var builder = WebApplication.CreateBuilder(command.HostArguments);
    builder.CheckActionPlanTrackerConfiguration();
    builder.AddActionPlanTrackerLogging();
    embeddedDatabase = await builder.AddActionPlanDatabaseAsync();
    builder.AddActionPlanTrackerSecurity();
    builder.AddActionPlanTrackerNotifications();
    builder.AddActionPlanTrackerApi();
    builder.AddActionPlanTrackerMalwareScan();
    builder.AddActionPlanTrackerLocalization();
    if (command.Verb == Verb.AddUser)
    {
        builder.Services.AddScoped<IActorAccessor, CliActor>();
    }

    builder.Services.AddRazorPages();

    // Pages speak English and French: write accented letters and dashes as themselves, not as entities.
    builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

    var app = builder.Build();
    app.Services.UseCheckedDomainTexts();
    app.UseActionPlanTrackerPipeline();
    await DatabaseSetup.EnsureReachableAsync(app.Services);

    if (command.Verb == Verb.Migrate)
    {
        await DatabaseSetup.MigrateAsync(app.Services);
        Log.Information("The database is up to date and the plan is seeded");
        return 0;
    }

    if (app.Environment.IsDevelopment())
    {
        await DatabaseSetup.MigrateAsync(app.Services);
        if (await DemoDataSeeder.SeedAsync(app.Services))
        {
            Log.Information("Demo data created: sign in as {Accounts} with the password {Password}",
                string.Join(", ", DemoAccounts.All.Select(a => a.Email)), DemoAccounts.Password);
        }
    }
    else
    {
        await DatabaseSetup.EnsureUpToDateAsync(app.Services);
    }

    if (command.Verb == Verb.AddUser)
    {
        return await AddUserCommand.RunAsync(app.Services, command.AddUser!, AddUserCommand.ReadPassword, Console.Out, Console.Error);
    }

    if (command.Verb == Verb.AuditVerify)
    {
        return await AuditVerifyCommand.RunAsync(app.Services, Console.Out, Console.Error);
    }

    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (exception is StartupException or LocalPostgresUnavailableException)
{
    Log.Fatal("ActionPlanTracker cannot start: {Reason}", exception.Message);
    return 1;
}
finally
{
    if (embeddedDatabase is not null)
    {
        await embeddedDatabase.StopAsync();
    }

    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
