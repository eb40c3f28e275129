namespace Raaqj.Web.Features.Home;

public sealed record ErrorModel(int StatusCode, string RequestId, string? Detail = null)
{
    public string Heading => StatusCode switch
    {
        400 => "We couldn't read that request",
        403 => "You don't have access to this page",
        404 => "We couldn't find that page",
        409 => "That was done at the same moment elsewhere",
        413 => "That was too large to send",
        429 => "Too many attempts",
        503 => "The portal is busy for a moment",
        _ => "Something went wrong",
    };

    // Whether the person may have typed something: the page then says where it is kept.
    public bool MayHaveLostText => StatusCode is 503 or 500;

    public string Explanation => Detail ?? StatusCode switch
    {
        400 => "Part of what your browser sent was damaged or incomplete. Go back and try again.",
        409 => "The same change arrived twice at once (a second click, or another tab), and only the first was kept. Go back, reload the page and check that it shows what you meant.",
        413 => "The form or file is larger than the portal accepts. Files may be at most 10 MB each.",
        403 => "Your account's role does not include this page. If you think it should, contact the program team.",
        404 => "The page may have moved, or the link may be mistyped or out of date.",
        429 => "Please wait a minute before trying again.",
        503 => "The database could not take your change just now, so nothing was saved. Please try again in a minute.",
        _ => "The problem has been logged. Please try again; if it keeps happening, contact the program team and quote the request id below.",
    };
}
