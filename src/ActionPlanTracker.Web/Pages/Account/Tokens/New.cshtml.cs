using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Web.Api;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ActionPlanTracker.Web.Pages.Account.Tokens;

/// <summary>Creates a token: a name, what it may read, how long it lives. The secret is shown once, on the list.</summary>
public sealed class NewModel(
    ActionPlanDbContext db, UserManager<ApplicationUser> users, TimeProvider clock, IStringLocalizer<AccountResources> text) : PageModel
{
    /// <summary>How long a token may live, in days: a year at most, so a forgotten token does not open the API for ever.</summary>
    public static readonly IReadOnlyList<int> Lifetimes = [7, 30, 90, 180, 365];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!new Validator(text).Validate(Input).AddTo(ModelState))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var (token, prefix, hash) = TokenSecret.Create();
        var now = clock.GetUtcNow();
        db.PersonalAccessTokens.Add(new PersonalAccessToken
        {
            UserId = users.GetUserId(User)!,
            Name = Input.Name!,
            Prefix = prefix,
            SecretHash = hash,
            Scopes = [.. ApiScopes.All.Where(Input.Scopes.Contains)],
            CreatedAt = now,
            ExpiresAt = now.AddDays(Input.ExpiresInDays!.Value),
        });
        await db.SaveChangesAsync(cancellationToken);

        TempData[IndexModel.NewTokenKey] = token;
        TempData["Notice"] = text["TokensNew.Created", Input.Name!].Value;
        return RedirectToPage("./Index");
    }

    public sealed class InputModel
    {
        public string? Name { get; set; }

        [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1002", Justification = "Model binding fills a List<T> it can add to.")]
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2227", Justification = "Model binding sets the list.")]
        public List<string> Scopes { get; set; } = [];

        public int? ExpiresInDays { get; set; } = 90;
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<AccountResources> text)
        {
            RuleFor(x => x.Name).NotEmpty().WithMessage(text["TokensNew.NameRequired"])
                .MaximumLength(100).WithMessage(text["TokensNew.NameTooLong"])
                .Must(TypedText.HasNoControlCharacters).WithMessage(text["TokensNew.NameControlCharacters"]);
            RuleFor(x => x.Scopes).NotEmpty().WithMessage(text["TokensNew.ScopesRequired"])
                .Must(s => s.All(ApiScopes.All.Contains)).WithMessage(text["TokensNew.ScopesUnknown"]);
            RuleFor(x => x.ExpiresInDays).Must(d => d is { } days && Lifetimes.Contains(days))
                .WithMessage(text["TokensNew.LifetimeUnknown"]);
        }
    }
}
