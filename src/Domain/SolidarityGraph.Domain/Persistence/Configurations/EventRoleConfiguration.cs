using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.Organisations;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class EventRoleConfiguration : IEntityTypeConfiguration<EventRole>
{
    public void Configure(EntityTypeBuilder<EventRole> builder) =>
        builder.MapEntityBase("EventRoles")
            .References<EventRole, Organisation>(r => r.OrganisationId)
            .References<EventRole, Event>(r => r.EventId);
}
