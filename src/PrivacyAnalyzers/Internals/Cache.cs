using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace PrivacyAnalyzers.Internals
{
    /// <summary>
    /// A value computed once per key for the life of a model (one compilation). The factory delegate is made once:
    /// a method group handed to <c>GetOrAdd</c> at every look-up would allocate a delegate at every call, and these
    /// look-ups run for every type, member or call of the compilation.
    /// </summary>
    internal sealed class Cache<TKey, TValue>
        where TKey : notnull
    {
        private readonly ConcurrentDictionary<TKey, TValue> _values;
        private readonly Func<TKey, TValue> _compute;

        public Cache(Func<TKey, TValue> compute, IEqualityComparer<TKey> comparer)
        {
            _compute = compute;
            _values = new ConcurrentDictionary<TKey, TValue>(comparer);
        }

        public TValue this[TKey key] => _values.GetOrAdd(key, _compute);
    }
}
