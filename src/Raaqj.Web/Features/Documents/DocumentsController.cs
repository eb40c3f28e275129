using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Infrastructure.Files;

namespace Raaqj.Web.Features.Documents;

[Route("documents")]
public sealed class DocumentsController : Controller
{
    // Always a download, never shown inline: the browser does not render what people upload.
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Download(int id, [FromServices] DownloadHandler handler) =>
        await handler.Handle(id) is { } document ? new StoredFileResult(document.StoredName, document.FileName) : NotFound();
}
