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
          users add --email E --role ROLE [--member CODE] [--name "Display Name"]
                     Create an account. ROLE is Administrator, Secretariat, FocalPoint or Auditor;
                     a FocalPoint needs --member (CA, FR, DE, IT, JP, GB, US or EU), other roles take
                     none. The password is read from standard input, one line of at least 12
                     characters: typed at the prompt (not shown), or piped in. It is never accepted
                     as an argument. This is how a new installation gets its first administrator,
                     who sets up an authenticator app at the first sign-in.
          audit verify
                     Recompute the audit trail's hash chain from the first event. Prints "N events, chain
                     intact, head HASH" and exits 0, or names the first broken event and exits 1.
          --help     Show this text.

        Settings are read from appsettings.json, environment variables and the command line, e.g.
          ConnectionStrings__ActionPlan="Host=...;Database=...;Username=...;Password=..."
        Without a connection string, Development starts a private PostgreSQL from the machine's
        server binaries, with its data in LocalDatabase:DataDirectory.
        """;

    public const string AddUserUsage = "Usage: users add --email E --role ROLE [--member CODE] [--name \"Display Name\"]";

    private static readonly string[] RequiredAddUserOptions = ["--email", "--role"];

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
            "users" when args.Length > 1 && args[1] == "add" => ParseAddUser(args[2..]),
            "users" => Invalid($"\"users\" needs a command: users add.{Environment.NewLine}{AddUserUsage}"),
            "audit" when args.Length > 1 && args[1] == "verify" => new(Verb.AuditVerify, args[2..]),
            "audit" => Invalid("\"audit\" needs a command: audit verify."),
            _ => new(Verb.Unknown, args),
        };
    }

    /// <summary>Takes the verb's own options; every other argument is a setting for the host.</summary>
    private static ParsedCommand ParseAddUser(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var host = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var (name, inlineValue) = args[i].Split('=', 2) is [var n, var v] ? (n, v) : (args[i], null);
            if (name is "--password" or "-p")
            {
                return Invalid("The password is never accepted as an argument (it would stay in the shell history and the process list). " +
                    "Give it on standard input instead.");
            }

            if (name is not ("--email" or "--role" or "--member" or "--name"))
            {
                host.Add(args[i]);
                continue;
            }

            var value = inlineValue ?? (i + 1 < args.Length ? args[++i] : null);
            if (string.IsNullOrWhiteSpace(value))
            {
                return Invalid($"{name} needs a value.{Environment.NewLine}{AddUserUsage}");
            }

            options[name] = value;
        }

        var missing = RequiredAddUserOptions.Where(o => !options.ContainsKey(o)).ToList();
        if (missing.Count > 0)
        {
            return Invalid($"Missing {string.Join(" and ", missing)}.{Environment.NewLine}{AddUserUsage}");
        }

        var user = new AddUserArguments(options["--email"], options["--role"], options.GetValueOrDefault("--member"), options.GetValueOrDefault("--name"));
        return new(Verb.AddUser, [.. host], user);
    }

    private static ParsedCommand Invalid(string error) => new(Verb.Invalid, [], Error: error);
}

internal enum Verb
{
    Serve,
    Migrate,
    AddUser,
    AuditVerify,
    Help,
    Unknown,

    /// <summary>A known verb with wrong arguments: <see cref="ParsedCommand.Error"/> says what is wrong.</summary>
    Invalid,
}

internal sealed record ParsedCommand(Verb Verb, string[] HostArguments, AddUserArguments? AddUser = null, string? Error = null);

/// <summary>The options of <c>users add</c>, as typed.</summary>
internal sealed record AddUserArguments(string Email, string Role, string? Member, string? Name);
