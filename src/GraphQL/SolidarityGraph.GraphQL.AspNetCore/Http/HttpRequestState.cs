using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace SolidarityGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// The request's context data as resolvers see it: <c>"HttpContext"</c> is always there (authorization and rate-limit
/// fields read it); anything a resolver adds goes to a dictionary created on the first addition. Most requests add
/// nothing, so they pay for this one small object instead of a dictionary.
/// </summary>
internal sealed class HttpContextData(HttpContext httpContext) : IDictionary<string, object?>
{
    private const string HttpContextKey = nameof(HttpContext);
    private Dictionary<string, object?>? _added;
    private object? _httpContext = httpContext;
    private bool _hasHttpContext = true;

    public int Count => (_hasHttpContext ? 1 : 0) + (_added?.Count ?? 0);

    public bool IsReadOnly => false;

    public ICollection<string> Keys => this.Select(entry => entry.Key).ToList();

    public ICollection<object?> Values => this.Select(entry => entry.Value).ToList();

    public object? this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The context data has no entry \"{key}\".");
        set
        {
            if (key == HttpContextKey)
            {
                _httpContext = value;
                _hasHttpContext = true;
            }
            else
            {
                (_added ??= new Dictionary<string, object?>(StringComparer.Ordinal))[key] = value;
            }
        }
    }

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        if (key == HttpContextKey)
        {
            value = _httpContext;
            return _hasHttpContext;
        }

        value = null;
        return _added?.TryGetValue(key, out value) == true;
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public void Add(string key, object? value)
    {
        if (ContainsKey(key))
        {
            throw new ArgumentException($"The context data already has an entry \"{key}\".", nameof(key));
        }

        this[key] = value;
    }

    public bool Remove(string key)
    {
        if (key != HttpContextKey)
        {
            return _added?.Remove(key) == true;
        }

        var had = _hasHttpContext;
        _hasHttpContext = false;
        _httpContext = null;
        return had;
    }

    public void Add(KeyValuePair<string, object?> item) => Add(item.Key, item.Value);

    public void Clear()
    {
        Remove(HttpContextKey);
        _added?.Clear();
    }

    public bool Contains(KeyValuePair<string, object?> item) =>
        TryGetValue(item.Key, out var value) && EqualityComparer<object?>.Default.Equals(value, item.Value);

    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex)
    {
        foreach (var entry in this)
        {
            array[arrayIndex++] = entry;
        }
    }

    public bool Remove(KeyValuePair<string, object?> item) => Contains(item) && Remove(item.Key);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        if (_hasHttpContext)
        {
            yield return new(HttpContextKey, _httpContext);
        }

        if (_added is not null)
        {
            foreach (var entry in _added)
            {
                yield return entry;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// The request's services, opened only when something asks for a registered service: a request that needs none
/// (no scoped resolver dependencies, no cost policy or trusted-document store) creates no dependency-injection scope.
/// </summary>
internal sealed class HttpRequestServices(HttpContext httpContext, IServiceProviderIsService registrations)
    : IServiceProvider, ISupportRequiredService, IKeyedServiceProvider
{
    public object? GetService(Type serviceType) =>
        registrations.IsService(serviceType) ? httpContext.RequestServices.GetService(serviceType) : null;

    public object GetRequiredService(Type serviceType) => httpContext.RequestServices.GetRequiredService(serviceType);

    public object? GetKeyedService(Type serviceType, object? serviceKey) =>
        (httpContext.RequestServices as IKeyedServiceProvider)?.GetKeyedService(serviceType, serviceKey);

    public object GetRequiredKeyedService(Type serviceType, object? serviceKey) =>
        httpContext.RequestServices.GetRequiredKeyedService(serviceType, serviceKey);
}
