using System.ComponentModel.DataAnnotations;
using System.Text;
using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Cli;

/// <summary>
/// <c>users add</c>: creates an account from the command line, with the password from standard input. This is how a
/// production instance gets its first administrator; there is no default account and no default password.
/// </summary>
internal static class AddUserCommand
{
    public static async Task<int> RunAsync(
        IServiceProvider services, AddUserArguments arguments, Func<string?> readPassword, TextWriter output, TextWriter error)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlanDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var members = await db.Members.AsNoTracking().OrderBy(m => m.SortOrder).Select(m => new { m.Id, m.Code }).ToListAsync();

        var email = arguments.Email.Trim();
        var role = Roles.All.FirstOrDefault(r => string.Equals(r, arguments.Role.Trim(), StringComparison.OrdinalIgnoreCase));
        var memberCode = arguments.Member?.Trim().ToUpperInvariant();
        var member = members.SingleOrDefault(m => m.Code == memberCode);
        var problems = new List<string>();
        if (!IsEmailAddress(email))
        {
            problems.Add($"\"{email}\" is not an e-mail address.");
        }

        if (role is null)
        {
            problems.Add($"Unknown role \"{arguments.Role}\". Use one of: {string.Join(", ", Roles.All)}.");
        }
        else if (role == Roles.FocalPoint && memberCode is null)
        {
            problems.Add($"A FocalPoint reports for one member: add --member with one of {string.Join(", ", members.Select(m => m.Code))}.");
        }
        else if (role != Roles.FocalPoint && memberCode is not null)
        {
            problems.Add($"Only a FocalPoint is bound to a member: leave out --member for the role {role}.");
        }

        if (memberCode is not null && member is null)
        {
            problems.Add($"Unknown member \"{arguments.Member}\". Use one of: {string.Join(", ", members.Select(m => m.Code))}.");
        }

        if (problems.Count == 0 && await users.FindByEmailAsync(email) is not null)
        {
            problems.Add($"There is already an account with the e-mail address {email}.");
        }

        if (problems.Count > 0)
        {
            return await FailAsync(error, problems);
        }

        var password = readPassword();
        if (string.IsNullOrEmpty(password))
        {
            return await FailAsync(error, ["No password was read from standard input. Type it at the prompt, or pipe it in (one line)."]);
        }

        if (password.Length < PasswordRules.MinimumLength)
        {
            return await FailAsync(error, [$"The password has {password.Length} characters; it needs at least {PasswordRules.MinimumLength}."]);
        }

        // The account and its role are saved together or not at all; after a dropped connection, both are tried again.
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var result = await db.InTransactionAsync(async transaction =>
        {
            var user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                DisplayName = string.IsNullOrWhiteSpace(arguments.Name) ? email : arguments.Name.Trim(),
                MemberId = member?.Id,
                CreatedAt = clock.GetUtcNow(),
            };
            var saved = await users.CreateAsync(user, password);
            if (saved.Succeeded)
            {
                saved = await users.AddToRoleAsync(user, role!);
            }

            if (saved.Succeeded)
            {
                await transaction.CommitAsync();
            }

            return saved;
        });
        if (!result.Succeeded)
        {
            return await FailAsync(error, [.. result.Errors.Select(e => IdentityErrors.Message(e, scope.ServiceProvider.GetRequiredService<IStringLocalizer<SecurityResources>>()))]);
        }

        await output.WriteLineAsync($"Created the account {email}: {Roles.Label(role!)}{(member is null ? "" : $" for {member.Code}")}. It can sign in now.");
        if (role == Roles.Administrator)
        {
            await output.WriteLineAsync("At the first sign-in, the administrator sets up an authenticator app before anything else.");
        }

        return 0;
    }

    /// <summary>
    /// One line from standard input. At a terminal, asks for it twice without showing it; piped in, reads it as it is
    /// (without the line ending, and without trimming: spaces may be part of a passphrase).
    /// </summary>
    public static string? ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine();
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var first = ReadHidden("Password for the new account (not shown): ");
            if (string.IsNullOrEmpty(first) || first == ReadHidden("The same password again: "))
            {
                return first;
            }

            Console.Error.WriteLine("The two passwords are not the same. Try again.");
        }

        return null;
    }

    private static string ReadHidden(string prompt)
    {
        Console.Error.Write(prompt);
        var text = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                text.Length = Math.Max(0, text.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return text.ToString();
    }

    private static bool IsEmailAddress(string email) =>
        email.Length <= 256 && new EmailAddressAttribute().IsValid(email);

    private static async Task<int> FailAsync(TextWriter error, IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            await error.WriteLineAsync(problem);
        }

        await error.WriteLineAsync("No account was created.");
        return 1;
    }
}
