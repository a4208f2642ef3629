using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>A flag key, <c>true</c> or <c>false</c> as in every .editorconfig option: <c>privacy.some_switch = true</c>.</summary>
    internal sealed class FlagKey : PolicyKey
    {
        public FlagKey(string name, bool defaultValue)
            : base(name) => Default = defaultValue;

        public bool Default { get; }

        public override string ValueDescription => "true or false";

        public override ImmutableArray<string> DefaultValues => ImmutableArray.Create(Default ? "true" : "false");

        /// <summary>The configured flag, or the default when none is set or it is malformed (PRIV000 reports that).</summary>
        public bool Read(string? configured) => configured is not null && TryParse(configured, out var flag) ? flag : Default;

        public override IEnumerable<string> Problems(string value)
        {
            var text = value.Trim();
            if (text.Length == 0)
            {
                yield return "it is empty";
            }
            else if (!TryParse(text, out _))
            {
                yield return $"'{text}' is not true or false";
            }
        }

        private static bool TryParse(string text, out bool flag)
        {
            flag = string.Equals(text.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            return flag || string.Equals(text.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        }
    }
}
