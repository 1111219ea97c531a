using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.People;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class PublicContactConfiguration : IEntityTypeConfiguration<PublicContact>
{
    public void Configure(EntityTypeBuilder<PublicContact> builder) => builder.MapEntityBase("PublicContacts");
}
