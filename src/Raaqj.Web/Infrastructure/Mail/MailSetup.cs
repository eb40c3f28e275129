namespace Raaqj.Web.Infrastructure.Mail;

public static class MailSetup
{
    public static IServiceCollection AddPortalMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<MailFolder>();
        var usesSmtp = configuration.GetSection(MailOptions.Section).Get<MailOptions>()?.UsesSmtp ?? false;
        if (usesSmtp)
            services.AddSingleton<IMailer, SmtpMailer>();
        else
            services.AddSingleton<IMailer, PickupFolderMailer>();
        services.AddScoped<Outbox>();
        services.AddScoped<Notifications.Notifier>();
        services.AddScoped<Notifications.Notices>();
        services.AddScoped<Notifications.UnreadNotifications>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, OutboxSignalInterceptor>();
        if (configuration.GetValue("Mail:RunOutboxWorker", true))
            services.AddHostedService<OutboxWorker>();
        return services;
    }
}
