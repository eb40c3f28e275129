using Raaqj.Web.Infrastructure;
using Raaqj.Web.Infrastructure.Identity;
using Raaqj.Web.Infrastructure.Mail;
using Raaqj.Web.Infrastructure.Scheduling;
using Raaqj.Web.Infrastructure.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalLogging();
builder.Services
    .AddPortalDatabase(builder.Configuration, builder.Environment)
    .AddPortalIdentity(builder.Configuration, builder.Environment)
    .AddPortalMail(builder.Configuration)
    .AddScheduledWork(builder.Configuration)
    .AddPortalWeb(builder.Configuration, builder.Environment);

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.UsePortalPipeline();
await app.RunAsync();

public partial class Program;
