using System.Collections.Generic;
using System.Collections.Immutable;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>
    /// One <c>privacy.*</c> key of the policy (privacy model §9): its name, what it takes, its built-in default, and the
    /// checks that PRIV000 reports. A key is a list (<see cref="ListKey"/>), a number (<see cref="NumberKey"/>) or a
    /// flag (<see cref="FlagKey"/>).
    /// </summary>
    internal abstract class PolicyKey
    {
        private protected PolicyKey(string name) => Name = name;

        /// <summary>The key without the <c>privacy.</c> prefix.</summary>
        public string Name { get; }

        public string FullName => PolicyKeys.Prefix + Name;

        /// <summary>What a value of the key is, as the table of keys in docs/privacy-model.md says it (<c>list of words</c>).</summary>
        public abstract string ValueDescription { get; }

        /// <summary>The built-in default, as the values a team would write (<c>User</c>, <c>Viewer</c> …; <c>10</c>; <c>false</c>).</summary>
        public abstract ImmutableArray<string> DefaultValues { get; }

        /// <summary>What is wrong with a configured value, one sentence per problem; empty when it is well formed.</summary>
        public abstract IEnumerable<string> Problems(string value);
    }
}
