using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Events;
using SolidarityGraph.Domain.People;

namespace SolidarityGraph.Domain.Persistence.Configurations;

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> builder) =>
        builder.MapEntityBase("Enrolments")
            .References<Enrolment, Entrepreneur>(e => e.EntrepreneurId)
            .References<Enrolment, Training>(e => e.TrainingId);
}
