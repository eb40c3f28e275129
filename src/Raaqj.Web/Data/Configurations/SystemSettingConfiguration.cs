using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Raaqj.Web.Domain.Operations;

namespace Raaqj.Web.Data.Configurations;

public sealed class SystemSettingConfiguration : IEntityTypeConfiguration<SystemSetting>
{
    public void Configure(EntityTypeBuilder<SystemSetting> builder)
    {
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(SystemSetting.NameMaxLength);
        builder.Property(s => s.Value).HasMaxLength(SystemSetting.ValueMaxLength).IsRequired();
        // The content stamp exists in every database, so any save can change it (Infrastructure/Caching/ContentVersion).
        builder.HasData(new SystemSetting { Name = SystemSetting.ContentVersion, Value = "initial" });
    }
}
