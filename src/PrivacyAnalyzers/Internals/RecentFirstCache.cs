using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PrivacyAnalyzers.Internals
{
    /// <summary>
    /// A <see cref="Cache{TKey, TValue}"/> with a memo of recent keys in front, placed by identity, for questions asked
    /// in runs: every member of a type asks about its container, one after the other, and the memo answers them without
    /// the shared dictionary's hashing and comparing.
    /// </summary>
    internal sealed class RecentFirstCache<TKey, TValue>
        where TKey : class
    {
        private readonly Cache<TKey, TValue> _all;
        private readonly SlotMemo<TKey, TValue> _recent = new(slotBits: 6, RuntimeHelpers.GetHashCode);

        public RecentFirstCache(Func<TKey, TValue> compute, IEqualityComparer<TKey> comparer) => _all = new Cache<TKey, TValue>(compute, comparer);

        public TValue this[TKey key]
        {
            get
            {
                if (!_recent.TryGet(key, out var value))
                {
                    value = _all[key];
                    _recent.Set(key, value);
                }

                return value;
            }
        }
    }
}
