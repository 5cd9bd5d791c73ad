using ActionPlanTracker.Data;
using ActionPlanTracker.Data.Auditing;
using ActionPlanTracker.Data.Identity;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ActionPlanTracker.Web.Hosting;

internal static class SecuritySetup
{
    public const string CookiePrefix = "__Host-ActionPlanTracker";

    /// <summary>
    /// Development runs on plain http://localhost, where the server may not demand HTTPS for its cookies (and a
    /// <c>__Host-</c> cookie needs Secure). Everywhere else, tests included, every cookie is <c>__Host-</c> and Secure.
    /// </summary>
    public const string DevelopmentCookiePrefix = "ActionPlanTracker";

    /// <summary>How long a session lasts without activity.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    /// <summary>PBKDF2 iterations for a stored password (OWASP's figure for PBKDF2-HMAC-SHA512).</summary>
    public const int PasswordIterations = 210_000;

    public static void AddActionPlanTrackerSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var development = builder.Environment.IsDevelopment();
        var prefix = development ? DevelopmentCookiePrefix : CookiePrefix;
        var secure = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<IActorAccessor, HttpActorAccessor>();
        services.AddScoped<AuditInterceptor>();

        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                // Length, not composition: 12 characters at least, long passphrases welcome.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<ActionPlanDbContext>()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorCodes>(TokenOptions.DefaultAuthenticatorProvider);

        services.Configure<PasswordHasherOptions>(options => options.IterationCount = PasswordIterations);
        // Every request, not once a minute: a session ends at its next request after sign-out, a password or role change or disabling.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, SessionValidator>());

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = prefix;
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
            options.ExpireTimeSpan = IdleTimeout;
            options.SlidingExpiration = true;

            // A signed-in user without the role gets 403 and the status page in words, not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o => o.Cookie.Name = prefix + ".2fa");
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, o => o.Cookie.Name = prefix + ".2fa-remember");
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, o => o.Cookie.Name = prefix + ".external");
        services.PostConfigureAll<CookieAuthenticationOptions>(options =>
        {
            options.Cookie.SecurePolicy = secure;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.Path = "/";
        });

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = prefix + ".antiforgery";
            options.Cookie.SecurePolicy = secure;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = prefix + ".notice";
            options.Cookie.SecurePolicy = secure;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddDataProtection()
            .SetApplicationName("ActionPlanTracker")
            .PersistKeysToDbContext<ActionPlanDbContext>()
            .ProtectKeysWhenConfigured(builder.Configuration);

        // Sent outside Development only (see the pipeline), and to every host: the tests' https://localhost included.
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.ExcludedHosts.Clear();
        });
        services.AddSingleton<UnknownAccountLockout>();
        services.Configure<MvcOptions>(options => options.Filters.Add<UnknownHandlerFilter>());

        // The address names what a request acts on: a form field or query value of the same name (an "id" in the body
        // of a save posted to /reports/680) never overrides the route's value. The framework reads the form first.
        // PostConfigure, because the framework's own options setup, registered later, fills the list.
        services.PostConfigure<MvcOptions>(options =>
        {
            var route = options.ValueProviderFactories.OfType<RouteValueProviderFactory>().Single();
            options.ValueProviderFactories.Remove(route);
            options.ValueProviderFactories.Insert(0, route);
        });
        builder.AddActionPlanTrackerRateLimiting();
        builder.AddActionPlanTrackerProxies();

        // Every page requires a signed-in user unless its model says [AllowAnonymous]. (Not a fallback policy:
        // that would also send visitors of a mistyped address to the sign-in page instead of a 404.) PostConfigure, because
        // AddRazorPages' own options setup, registered later, replaces the conventions collection.
        services.PostConfigure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/"));

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.ManageCycles, p => p.RequireRole(Roles.Secretariat, Roles.Administrator))
            .AddPolicy(Policies.Review, p => p.RequireRole(Roles.Secretariat))
            .AddPolicy(Policies.FileReports, p => p.RequireRole(Roles.FocalPoint).RequireClaim(AppClaims.MemberIdType))
            .AddPolicy(Policies.ManageUsers, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.ReadAll, p => p.RequireRole(Roles.Secretariat, Roles.Administrator, Roles.Auditor));
    }
}
