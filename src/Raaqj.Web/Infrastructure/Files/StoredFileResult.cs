using Microsoft.AspNetCore.Mvc;
using Raaqj.Web.Infrastructure.Web;

namespace Raaqj.Web.Infrastructure.Files;

// Sends a stored file as a download, or a 404 that says why when this instance's store does not hold it
// (instances that do not share their file folder: see /health/ready and docs/operations.md).
public sealed class StoredFileResult(string storedName, string fileName) : IActionResult
{
    public const string MissingExplanation =
        "The file is recorded but this server cannot find it. If the portal runs on several servers, they must share one file store; the program team has been told in the logs.";

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var services = context.HttpContext.RequestServices;
        var stream = services.GetRequiredService<IFileStore>().TryOpenRead(storedName);
        if (stream is null)
        {
            services.GetRequiredService<ILogger<StoredFileResult>>().LogError(
                "Stored file {StoredName} ({FileName}) is missing from the file store at {Location}", storedName, fileName, services.GetRequiredService<IFileStore>().Location);
            ErrorExplanation.Set(context.HttpContext, MissingExplanation);
            await new NotFoundResult().ExecuteResultAsync(context);
            return;
        }
        await new FileStreamResult(stream, "application/octet-stream") { FileDownloadName = fileName }.ExecuteResultAsync(context);
    }
}
