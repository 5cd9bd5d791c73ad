using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlanTracker.Testing;

/// <summary>The application's page models and their handlers, named as the authorization matrix names them.</summary>
public static class PageHandlers
{
    /// <summary>Every handler: "GET Cycles/Details", "POST Cycles/Details/Open".</summary>
    public static IEnumerable<string> All() =>
        from page in Pages()
        from method in page.Type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        let name = method.Name.EndsWith("Async", StringComparison.Ordinal) ? method.Name[..^"Async".Length] : method.Name
        let verb = name.StartsWith("OnGet", StringComparison.Ordinal) ? "GET" : name.StartsWith("OnPost", StringComparison.Ordinal) ? "POST" : null
        where verb is not null
        let handler = name[(verb == "GET" ? "OnGet" : "OnPost").Length..]
        select $"{verb} {page.Name}{(handler.Length > 0 ? "/" + handler : "")}";

    /// <summary>Every page model with a GET handler: "Cycles/Details".</summary>
    public static IEnumerable<string> PagesWithGet() =>
        Pages().Where(p => p.Type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Any(m => m.Name.StartsWith("OnGet", StringComparison.Ordinal))).Select(p => p.Name);

    private static IEnumerable<(string Name, Type Type)> Pages()
    {
        const string root = "ActionPlanTracker.Web.Pages.";
        return typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract && t.FullName!.StartsWith(root, StringComparison.Ordinal))
            .Select(t => ((t.Namespace!.Length >= root.Length ? t.Namespace[root.Length..].Replace('.', '/') + "/" : "") + t.Name[..^"Model".Length], t));
    }
}
