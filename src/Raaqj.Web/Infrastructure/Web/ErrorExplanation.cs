namespace Raaqj.Web.Infrastructure.Web;

// A sentence for the error page that says more than its status code, kept for the re-executed error request.
public static class ErrorExplanation
{
    private const string Key = "raaqj.error-explanation";

    public static void Set(HttpContext context, string explanation) => context.Items[Key] = explanation;

    public static string? Get(HttpContext context) => context.Items[Key] as string;
}
