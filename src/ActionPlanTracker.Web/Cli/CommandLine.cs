namespace ActionPlanTracker.Web.Cli;

/// <summary>The operator's verbs, in one place: <c>dotnet ActionPlanTracker.Web.dll VERB</c>.</summary>
internal static class CommandLine
{
    public const string Usage = """
        ActionPlanTracker: tracking the G7 Action Plan to Prevent and Counter the Smuggling of Migrants.

        Usage: ActionPlanTracker.Web [VERB] [--setting=value ...]

        Verbs:
          (none)     Serve the web application.
          migrate    Apply the database migrations and the plan seed, then exit.
          --help     Show this text.

        Settings are read from appsettings.json, environment variables and the command line, e.g.
          ConnectionStrings__ActionPlan="Host=...;Database=...;Username=...;Password=..."
        Without a connection string, Development starts a private PostgreSQL from the machine's
        server binaries, with its data in LocalDatabase:DataDirectory.
        """;

    public static ParsedCommand Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-') && args[0] is not ("--help" or "-h"))
        {
            return new(Verb.Serve, args);
        }

        return args[0] switch
        {
            "--help" or "-h" or "help" => new(Verb.Help, []),
            "migrate" => new(Verb.Migrate, args[1..]),
            _ => new(Verb.Unknown, args),
        };
    }
}

internal enum Verb
{
    Serve,
    Migrate,
    Help,
    Unknown,
}

internal sealed record ParsedCommand(Verb Verb, string[] HostArguments);
