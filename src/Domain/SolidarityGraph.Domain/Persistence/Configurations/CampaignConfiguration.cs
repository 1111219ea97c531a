using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Campaigns;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Persistence.Conversions;
using SolidarityGraph.Domain.Projects;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.MapEntityBase("Campaigns")
            .References<Campaign, Project>(c => c.ProjectId)
            .References<Campaign, Event>(c => c.LaunchEventId, required: false);
        builder.Property(c => c.Aims).HasJsonConversion();
        builder.Property(c => c.Materials).HasJsonConversion();
        builder.Property(c => c.Audiences).HasJsonConversion();
    }
}
