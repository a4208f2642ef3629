using System;
using System.Threading;

namespace PrivacyAnalyzers.Internals
{
    /// <summary>
    /// A fixed-size memo of recent answers: a key's slot comes from a hash of it, and a later key on the same slot
    /// replaces the earlier one. It takes no lock and never grows, for answers that are asked for in runs and are cheap
    /// to compute again; a shared dictionary would lock, rehash and grow for each of the thousands of keys a
    /// compilation has. Entries are immutable, so threads share the slots safely. Held by the model, so it lives no
    /// longer than the compilation.
    /// </summary>
    internal sealed class SlotMemo<TKey, TValue>
        where TKey : class
    {
        private readonly Entry?[] _entries;
        private readonly Func<TKey, int> _hashOf;
        private readonly int _shift;

        /// <param name="slotBits">The memo has 2^<paramref name="slotBits"/> slots.</param>
        /// <param name="hashOf">What places a key: anything that tells keys asked about together apart.</param>
        public SlotMemo(int slotBits, Func<TKey, int> hashOf)
        {
            _entries = new Entry?[1 << slotBits];
            _hashOf = hashOf;
            _shift = 32 - slotBits;
        }

        /// <summary>
        /// The last key each thread asked about. The driver hands an analyzer one body's operations, and one type's
        /// members, one after the other, so the last answer serves most questions. Threads may share a slot.
        /// </summary>
        public static SlotMemo<TKey, TValue> LastByThread() => new(slotBits: 3, _ => Thread.CurrentThread.ManagedThreadId);

        public bool TryGet(TKey key, out TValue value)
        {
            var entry = Volatile.Read(ref _entries[SlotOf(key)]);
            if (entry is not null && ReferenceEquals(entry.Key, key))
            {
                value = entry.Value;
                return true;
            }

            value = default!;
            return false;
        }

        public void Set(TKey key, TValue value) => Volatile.Write(ref _entries[SlotOf(key)], new Entry(key, value));

        // Fibonacci hashing spreads neighbouring hashes (the branches of one statement, consecutive thread ids) apart.
        private int SlotOf(TKey key) => (int)(unchecked((uint)_hashOf(key) * 2654435769u) >> _shift);

        private sealed class Entry
        {
            public Entry(TKey key, TValue value)
            {
                Key = key;
                Value = value;
            }

            public TKey Key { get; }

            public TValue Value { get; }
        }
    }
}
