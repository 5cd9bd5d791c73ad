using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Auditing;

namespace ActionPlanTracker.Web.Cli;

/// <summary><c>audit verify</c>: recomputes the audit trail's hash chain; exit code 1 names the first broken event.</summary>
internal static class AuditVerifyCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlanDbContext>();
        var check = await AuditChain.VerifyAsync(db);
        if (check.IsIntact)
        {
            await output.WriteLineAsync(check.Summary);
            return 0;
        }

        await error.WriteLineAsync(check.Summary);
        return 1;
    }
}
