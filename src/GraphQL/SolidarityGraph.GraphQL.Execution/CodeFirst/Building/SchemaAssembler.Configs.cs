using System.Reflection;

namespace SolidarityGraph.GraphQL.CodeFirst.Building;

/// <summary>Running the definitions' <c>Configure</c> methods.</summary>
internal sealed partial class SchemaAssembler
{
    private List<TypeConfig> CreateConfigs()
    {
        var configs = new List<TypeConfig>();
        _queryConfig = CreateRootConfig(_state.Query, "Query");
        _mutationConfig = CreateRootConfig(_state.Mutation, "Mutation");
        foreach (var definition in _state.Definitions.Distinct())
        {
            if (Instantiate(definition) is { } instance)
            {
                configs.Add(instance.CreateConfig());
            }
        }

        foreach (var extension in _state.Extensions.Distinct())
        {
            var target = extension.GetCustomAttribute<ExtendObjectTypeAttribute>(inherit: false)!.TypeName;
            configs.Add(new ComplexTypeConfig(extension, extension, target, isInterface: false) { IsExtension = true });
            if (target == "Query")
            {
                _queryConfig ??= ImplicitRoot(extension, target);
            }
            else if (target == "Mutation")
            {
                _mutationConfig ??= ImplicitRoot(extension, target);
            }
        }

        // Roots first, so the printed schema starts with them.
        configs.InsertRange(0, new[] { _queryConfig, _mutationConfig }.OfType<ComplexTypeConfig>());
        return configs;
    }

    private ComplexTypeConfig? CreateRootConfig(object? root, string defaultName)
    {
        ITypeDefinition? definition = root switch
        {
            null => null,
            ITypeDefinition inline => inline,
            Type type when typeof(ITypeDefinition).IsAssignableFrom(type) => Instantiate(type),
            Type type => Instantiate(typeof(ImplicitObjectType<>).MakeGenericType(type)),
            _ => null,
        };
        if (definition?.CreateConfig() is not { } created)
        {
            return null;
        }

        if (created is not ComplexTypeConfig { IsInterface: false } config)
        {
            _errors.Add($"The {defaultName} root must be an object type ({created.SourceName}).");
            return null;
        }

        config.IsRoot = true;
        if (!config.HasExplicitName)
        {
            config.Name = defaultName;
        }

        return config;
    }

    private static ComplexTypeConfig ImplicitRoot(Type extension, string name) =>
        new(typeof(object), extension, name, isInterface: false) { IsRoot = true, HasExplicitName = true };

    private ITypeDefinition? Instantiate(Type definition)
    {
        try
        {
            return (ITypeDefinition)Activator.CreateInstance(definition, nonPublic: true)!;
        }
        catch (MissingMethodException)
        {
            _errors.Add($"The type definition {definition.Name} needs a parameterless constructor.");
            return null;
        }
        catch (TargetInvocationException exception)
        {
            _errors.Add($"The type definition {definition.Name} threw when created: {exception.InnerException?.Message}");
            return null;
        }
    }
}
