using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Raaqj.Web.Infrastructure.Geography;

namespace Raaqj.Web.Features.Maps;

// The national map's background, the same for every map and every person: the largest part of a map page, so it is
// its own image that the browser keeps (the v in its address changes with the outlines). Public, as the states are.
[AllowAnonymous]
public sealed class MapsController(UsAtlas atlas) : Controller
{
    [HttpGet("/maps/us-states.svg")]
    public IActionResult UsStates()
    {
        Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
        return Content(atlas.StatesSvg, "image/svg+xml");
    }
}
