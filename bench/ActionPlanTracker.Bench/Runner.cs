using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using ActionPlanTracker.LocalDatabase;
using Npgsql;

namespace ActionPlanTracker.Bench;

/// <summary>
/// One benchmark run: a private PostgreSQL, the migrate verb, the data set, users through the users add verb, the
/// application in Production on Kestrel (HTTPS, as its cookies require), warm-up, wrk at each concurrency, the exports
/// several times, then the table as Markdown and JSON with every figure as a ratio to the baseline page.
/// </summary>
internal sealed class Runner(RunOptions options)
{
    private const string Password = "bench-passphrase-2026";
    private const string AuditorEmail = "auditor@bench.example";
    private static readonly string[] FocalPointMembers = ["FR", "DE"];

    public async Task<RunResult> RunAsync()
    {
        var work = Directory.CreateTempSubdirectory("actionplantracker-bench-");
        var log = Path.Combine(work.FullName, "app.log");
        Console.WriteLine($"Application log: {log}");
        await using var server = await LocalPostgresServer.StartThrowawayAsync();
        await server.CreateDatabaseIfMissingAsync("bench");
        var connectionString = server.ConnectionString("bench");
        var (certificate, certificatePassword, thumbprint) = WriteCertificate(work.FullName);
        var port = FreePort();
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__ActionPlan"] = connectionString,

            // The load comes from one address and a few accounts, signing in before each page's run and exporting
            // many times: the sign-in and export limits are for people, not for the load generator.
            ["RateLimiting__SignInPerClient"] = "1000000",
            ["RateLimiting__SignInPerAccount"] = "1000000",
            ["RateLimiting__ExportsPerUser"] = "1000000",

            // Run from the build output, not a publish folder: the static files stay in the project.
            ["ASPNETCORE_WEBROOT"] = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(options.WebDll)!, "..", "..", "..", "wwwroot")),
            ["Kestrel__Certificates__Default__Path"] = certificate,
            ["Kestrel__Certificates__Default__Password"] = certificatePassword,
        };
        if (options.LogSql)
        {
            // To profile: every SQL command with its duration in the application log (slows the run; figures not comparable).
            environment["Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
        }

        var app = new AppProcess(options.WebDll, options.BaselineDll, environment, log);

        await Verb(app, ["migrate"]);
        var load = await Loader.LoadAsync(connectionString, options.Data);
        Console.WriteLine($"Loaded {load}");
        List<Task<string>> users =
        [
            Verb(app, ["users", "add", "--email", Loader.SecretariatEmail, "--role", "Secretariat"], Password),
            Verb(app, ["users", "add", "--email", AuditorEmail, "--role", "Auditor"], Password),
            .. FocalPointMembers.Select(m => Verb(app, ["users", "add", "--email", Loader.FocalPointEmail(m), "--role", "FocalPoint", "--member", m], Password)),
        ];
        await Task.WhenAll(users);
        var chainAfterLoad = (await Verb(app, ["audit", "verify"])).Trim();
        Console.WriteLine($"Audit chain after loading: {chainAfterLoad}");

        var baseAddress = new Uri($"https://127.0.0.1:{port}");
        app.Start(baseAddress.ToString());
        RunResult result;
        try
        {
            using var client = Session.CreateClient(baseAddress, thumbprint);
            await WaitForHealthAsync(client, app);
            result = await MeasureAsync(client, app, baseAddress, server.DataDirectory, connectionString, load, work.FullName);
        }
        finally
        {
            await app.StopAsync();
        }

        var chainAfterRun = (await Verb(app, ["audit", "verify"])).Trim();
        Console.WriteLine($"Audit chain after the run: {chainAfterRun}");
        return result with { AuditChain = chainAfterRun, Machine = await Machine.DescribeAsync(connectionString) };
    }

    /// <summary>
    /// To profile by hand: writes the address, the process id and a signed-in cookie for each page's account into the
    /// file, one shell assignment a line, and keeps the application running until the file is deleted. The cookies are
    /// renewed every 30 s: past the security stamp's validation interval every request with an old one would re-read the user.
    /// </summary>
    private static async Task ServeAsync(HttpClient client, string file, int pid, IEnumerable<Target> targets)
    {
        var users = targets.Select(t => t.User).OfType<string>().Distinct().ToList();
        Console.WriteLine($"Serving until {file} is deleted");
        var written = false;
        while (!written || File.Exists(file))
        {
            var lines = new List<string> { $"BASE={client.BaseAddress}", $"PID={pid}" };
            foreach (var user in users)
            {
                var session = await Session.SignInAsync(client, user, Password);
                lines.Add($"COOKIE_{user.Split('@')[0].Replace('-', '_').ToUpperInvariant()}='{session.CookieHeader}'");
            }

            if (written && !File.Exists(file))
            {
                break;
            }

            await File.WriteAllLinesAsync(file + ".new", lines);
            File.Move(file + ".new", file, overwrite: true);
            written = true;
            for (var i = 0; i < 30 && File.Exists(file); i++)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    private async Task<RunResult> MeasureAsync(HttpClient client, AppProcess app, Uri baseAddress, string postgresData, string connectionString, LoadSummary load, string work)
    {
        var pid = app.ServerId;
        var (open, published) = await CyclesAsync(connectionString);
        var reports = new Dictionary<string, List<int>>();
        foreach (var member in FocalPointMembers)
        {
            reports[member] = await OpenReportsAsync(connectionString, member);
        }

        var ownReport = reports[FocalPointMembers[0]][0];
        var focalPoint = Loader.FocalPointEmail(FocalPointMembers[0]);
        Target[] targets =
        [
            new("baseline (Fortunes)", "/benchmarks/fortunes", null),
            new("dashboard", $"/cycles/{open}/dashboard", Loader.SecretariatEmail),
            new("report edit (GET)", $"/reports/{ownReport}", focalPoint),
            new("report save (POST + redirect GET)", $"/reports/{ownReport}", focalPoint, Save: true),
            new("commitment history", "/plans/g7-smuggling-of-migrants-2024/commitments/I.1", Loader.SecretariatEmail),
            new("audit trail, first page", "/audit", AuditorEmail),
            new("audit trail, last page", "/audit?after=0", AuditorEmail),
        ];
        targets = [.. targets.Where(t => t.Name.StartsWith("baseline", StringComparison.Ordinal) || options.Pages.Count == 0 || options.Pages.Any(p => t.Name.Contains(p, StringComparison.OrdinalIgnoreCase)))];
        if (options.Serve is { } serveFile)
        {
            await ServeAsync(client, serveFile, pid, targets);
            return Results.Compose(options, load, [], []);
        }

        // Every page answers 200 before any load: a wrong address would otherwise be measured as errors.
        foreach (var target in targets)
        {
            await (target.User is null ? new Session(client) : await Session.SignInAsync(client, target.User, Password)).GetStringAsync(target.Path);
        }

        // Each load starts with a fresh sign-in: wrk replays one cookie, and past the security stamp's validation interval
        // (a minute) every request with that old cookie would re-read the user, which no browser session does.
        async Task<WrkResult> LoadAsync(Target target, int connections, TimeSpan duration)
        {
            if (target.Save)
            {
                var script = Path.Combine(work, "save.lua");
                var sessions = new List<(int, string, string)>();
                foreach (var member in FocalPointMembers)
                {
                    var session = await Session.SignInAsync(client, Loader.FocalPointEmail(member), Password);
                    var token = await session.TokenAsync($"/reports/{reports[member][0]}");
                    sessions.AddRange(reports[member].Select(r => (r, session.CookieHeader, token)));
                }

                await File.WriteAllTextAsync(script, SaveScript.Lua(sessions));
                return await Wrk.RunAsync(new Uri(client.BaseAddress!, "/").ToString(), connections, duration, script: script, threads: connections);
            }

            var cookie = target.User is null ? null : (await Session.SignInAsync(client, target.User, Password)).CookieHeader;
            return await Wrk.RunAsync(new Uri(client.BaseAddress!, target.Path).ToString(), connections, duration, cookie);
        }

        if (options.WarmUp > TimeSpan.Zero)
        {
            Console.WriteLine($"Warming up ({options.WarmUp.TotalSeconds:F0} s a page)");
            foreach (var target in targets)
            {
                await LoadAsync(target, 8, options.WarmUp);
            }
        }

        var pages = new List<PageResult>();
        foreach (var connections in options.Connections)
        {
            foreach (var target in targets)
            {
                var cpu = new CpuMeter(pid, postgresData);
                await using var memory = Memory.Watch(pid);
                var before = cpu.Read();
                var wrk = await LoadAsync(target, connections, options.Duration);
                var (appMs, databaseMs) = CpuMeter.Elapsed(before, cpu.Read());
                var peak = await memory.PeakMbAsync();
                var requests = Math.Max(1, wrk.Requests);
                pages.Add(new PageResult(target.Name, target.Save ? "POST" : "GET", target.Path, connections, wrk.RequestsPerSecond, wrk.P50Ms, wrk.P99Ms, wrk.Requests, wrk.Errors, peak)
                {
                    AppCpuMs = appMs / requests,
                    DatabaseCpuMs = databaseMs / requests,
                });
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {target.Name,-36} c={connections,-3} {wrk.RequestsPerSecond,9:F1} req/s  p50 {wrk.P50Ms,8:F2} ms  p99 {wrk.P99Ms,8:F2} ms  CPU/req app {appMs / requests:F2} ms db {databaseMs / requests:F2} ms  errors {wrk.Errors}  peak {peak:F0} MB"));
            }
        }

        // The exports on a freshly started application, so each peak is the export's own, not the heap the page loads left.
        await app.StopAsync();
        app.Start(baseAddress.ToString());
        await WaitForHealthAsync(client, app);
        pid = app.ServerId;
        List<Export> exports =
        [
            new($"summary {published} DOCX", $"/cycles/{published}/summary.docx", options.ExportRuns),
            new($"summary {published} PDF", $"/cycles/{published}/summary.pdf", options.ExportRuns),
            new($"summary {published} XLSX", $"/cycles/{published}/summary.xlsx", options.ExportRuns),
        ];

        // Ten years of every revision: at 10× that is over a million revisions (gigabytes), past what the target is about.
        if (options.Data != DataSet.Ten)
        {
            exports.Add(new("full history XLSX (all revisions)", "/audit/export.xlsx?what=revisions", Math.Max(1, (options.ExportRuns + 1) / 2)));
        }

        var exported = new List<ExportResult>();
        foreach (var export in exports.Where(e => options.Pages.Count == 0 || options.Pages.Any(p => e.Name.Contains(p, StringComparison.OrdinalIgnoreCase))))
        {
            exported.Add(await ExportAsync(await Session.SignInAsync(client, AuditorEmail, Password), pid, postgresData, export));
        }

        return Results.Compose(options, load, pages, exported);
    }

    private static async Task<ExportResult> ExportAsync(Session session, int pid, string postgresData, Export export)
    {
        var cpu = new CpuMeter(pid, postgresData);
        var cpuMs = new List<double>();
        var times = new List<double>();
        var peaks = new List<double>();
        long errors = 0, bytes = 0;
        for (var run = 0; run < export.Runs; run++)
        {
            await using var memory = Memory.Watch(pid);
            var before = cpu.Read();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            using (var response = await session.SendAsync(HttpMethod.Get, export.Path, completion: HttpCompletionOption.ResponseHeadersRead))
            {
                await using var body = await response.Content.ReadAsStreamAsync();
                var counter = new CountingStream();
                await body.CopyToAsync(counter);
                bytes = counter.Length;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    errors++;
                }
            }

            times.Add(watch.Elapsed.TotalMilliseconds);
            cpuMs.Add(CpuMeter.Elapsed(before, cpu.Read()).App);
            peaks.Add(await memory.PeakMbAsync());
        }

        times.Sort();
        cpuMs.Sort();
        var result = new ExportResult(export.Name, export.Path, export.Runs, times[times.Count / 2], times.Max(), peaks.Max(), bytes, errors)
        {
            AppCpuMs = cpuMs[cpuMs.Count / 2],
        };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {export.Name,-36} median {result.MedianMs,8:F0} ms  max {result.MaxMs,8:F0} ms  CPU {result.AppCpuMs:F0} ms  peak {result.PeakMb:F0} MB  {bytes / 1024.0:F0} KB  errors {errors}"));
        return result;
    }

    private static async Task<string> Verb(AppProcess app, string[] arguments, string? input = null)
    {
        var (exitCode, output) = await app.RunVerbAsync(arguments, input);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"`{string.Join(' ', arguments)}` failed ({exitCode}):{Environment.NewLine}{output}");
        }

        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.Contains("chain", StringComparison.Ordinal)) ?? output;
    }

    private static async Task WaitForHealthAsync(HttpClient client, AppProcess app)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (app.HasExited)
            {
                throw new InvalidOperationException("The application stopped during start-up; see its log.");
            }

            try
            {
                using var response = await client.GetAsync("/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The application did not become healthy within a minute.");
    }

    private static async Task<List<int>> OpenReportsAsync(string connectionString, string member)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT r.id FROM progress_reports r JOIN reporting_cycles y ON y.id = r.cycle_id JOIN members m ON m.id = r.member_id
            WHERE y.state = 'Open' AND m.code = $1 ORDER BY r.commitment_id
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = member });
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    private static async Task<(string Open, string Published)> CyclesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT code FROM reporting_cycles WHERE state = 'Open'), (SELECT max(code) FROM reporting_cycles WHERE state = 'Published')", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.GetString(1));
    }

    /// <summary>A self-signed certificate for 127.0.0.1: the application's cookies are Secure, so it is served over HTTPS.</summary>
    private static (string Path, string Password, string Thumbprint) WriteCertificate(string folder)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        var path = Path.Combine(folder, "kestrel.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return (path, password, certificate.Thumbprint);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A page to load, and whom to sign in as (nobody for the baseline).</summary>
    private sealed record Target(string Name, string Path, string? User, bool Save = false);

    private sealed record Export(string Name, string Path, int Runs);

    /// <summary>Counts what it is given and keeps none of it.</summary>
    private sealed class CountingStream : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Position;

        public override long Position { get; set; }

        public override void Flush() { }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Position += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Position += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>A run's settings. Pages: only the pages and exports whose names contain one of these (the baseline always); all when empty. LogSql: the application logs every SQL command, to profile. Serve: keep the application running for profiling by hand.</summary>
internal sealed record RunOptions(DataSet Data, TimeSpan Duration, TimeSpan WarmUp, int[] Connections, int ExportRuns, string WebDll, string BaselineDll, string ResultsDirectory, IReadOnlyList<string> Pages, bool LogSql = false, string? Serve = null);

/// <summary>What the runner writes into the wrk script of the report save.</summary>
internal static class SaveScript
{
    /// <summary>
    /// Each wrk thread has one connection and one report of its own, and saves it as a browser does: the form (GET,
    /// read its version), the save (POST, 302), the form again... so no two connections ever save over each other.
    /// </summary>
    public static string Lua(IReadOnlyList<(int Report, string Cookie, string Token)> targets)
    {
        var narrative = Uri.EscapeDataString(new TextGenerator(7).Paragraphs(1_500));
        var lua = new StringBuilder("local targets = {\n");
        foreach (var (report, cookie, token) in targets)
        {
            lua.Append(CultureInfo.InvariantCulture, $"  {{ \"/reports/{report}\", \"{cookie}\", \"{token}\" }},\n");
        }

        lua.Append(CultureInfo.InvariantCulture, $$"""
            }
            local prefix = "Input.Completion=Limited&Input.NextSteps=&Input.Challenges=&Input.Evidence=&Input.Narrative={{narrative}}+"
            local threads = 0
            function setup(thread)
              threads = threads + 1
              thread:set("slot", threads)
            end
            function init(args)
              target = targets[((slot - 1) % #targets) + 1]
              version = nil
              saves = 0
            end
            function request()
              if version == nil then
                return wrk.format("GET", target[1], { ["Cookie"] = target[2] })
              end
              saves = saves + 1
              local body = prefix .. saves .. "&Input.Version=" .. version .. "&__RequestVerificationToken=" .. target[3]
              version = nil
              return wrk.format("POST", target[1] .. "?handler=Save", { ["Cookie"] = target[2], ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
            end
            function response(status, headers, body)
              local found = body and body:match('name="Input%.Version" value="(%d+)"')
              if found then version = found end
            end

            """);
        return lua.ToString();
    }
}
