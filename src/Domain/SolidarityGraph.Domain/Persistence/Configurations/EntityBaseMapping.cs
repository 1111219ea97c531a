using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SolidarityGraph.Domain.Common;

namespace SolidarityGraph.Domain.Persistence.Configurations;

/// <summary>Mapping shared by every entity: ULID key, timestamps and the <see cref="EntityBase.Version"/> token.</summary>
internal static class EntityBaseMapping
{
    public static EntityTypeBuilder<T> MapEntityBase<T>(this EntityTypeBuilder<T> builder, string table)
        where T : EntityBase
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        // Materialising writes the field (no id drawn for a row that has one); everything else goes through the property,
        // so a new entity's id is drawn when EF Core first reads it.
        builder.Property(e => e.Id).HasMaxLength(EntityId.Length).ValueGeneratedNever()
            .UsePropertyAccessMode(PropertyAccessMode.PreferFieldDuringConstruction);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.NodeKind);
        return builder;
    }

    /// <summary>A reference to another aggregate by id only: the foreign key keeps the data sound, no navigation.</summary>
    public static EntityTypeBuilder<T> References<T, TTarget>(this EntityTypeBuilder<T> builder,
        System.Linq.Expressions.Expression<Func<T, object?>> foreignKey, bool required = true)
        where T : EntityBase
        where TTarget : EntityBase
    {
        builder.HasOne<TTarget>().WithMany().HasForeignKey(foreignKey).IsRequired(required).OnDelete(DeleteBehavior.Restrict);
        return builder;
    }

    /// <summary>Maps a <see cref="SubjectRef"/> to two columns, <c>SubjectKind</c> and <c>SubjectId</c>, with an index.</summary>
    public static EntityTypeBuilder<T> OwnsSubject<T>(this EntityTypeBuilder<T> builder,
        System.Linq.Expressions.Expression<Func<T, SubjectRef?>> subject, string prefix, bool required)
        where T : EntityBase
    {
        builder.OwnsOne(subject, s =>
        {
            s.Property(r => r.Kind).HasColumnName(prefix + "Kind");
            s.Property(r => r.Id).HasColumnName(prefix + "Id").HasMaxLength(EntityId.Length);
            s.HasIndex(r => new { r.Kind, r.Id });
        });
        builder.Navigation(subject!).IsRequired(required);
        return builder;
    }

    /// <summary>
    /// Maps a collection of <see cref="ExternalId"/> to its own table keyed by (owner, scheme, value), so values can be
    /// looked up and one identifier cannot be recorded twice.
    /// </summary>
    public static EntityTypeBuilder<T> OwnsExternalIds<T>(this EntityTypeBuilder<T> builder,
        System.Linq.Expressions.Expression<Func<T, IEnumerable<ExternalId>?>> externalIds, string table)
        where T : EntityBase
    {
        builder.OwnsMany(externalIds, x =>
        {
            x.ToTable(table);
            x.WithOwner().HasForeignKey("OwnerId");
            x.HasKey("OwnerId", nameof(ExternalId.Scheme), nameof(ExternalId.Value));
            x.HasIndex(e => new { e.Scheme, e.Value });
        });
        builder.Navigation(externalIds!).UsePropertyAccessMode(PropertyAccessMode.Field);
        return builder;
    }
}
