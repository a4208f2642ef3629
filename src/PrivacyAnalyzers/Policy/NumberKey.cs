using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>A whole-number key with a default and the range it accepts: <c>privacy.some_size = 25</c>.</summary>
    internal sealed class NumberKey : PolicyKey
    {
        public NumberKey(string name, int defaultValue, int minimum, int maximum = int.MaxValue)
            : base(name)
        {
            Default = defaultValue;
            Minimum = minimum;
            Maximum = maximum;
        }

        public int Default { get; }

        public int Minimum { get; }

        public int Maximum { get; }

        public override string ValueDescription => Maximum == int.MaxValue
            ? $"whole number, {Minimum} or more"
            : $"whole number from {Minimum} to {Maximum}";

        public override ImmutableArray<string> DefaultValues => ImmutableArray.Create(Default.ToString(CultureInfo.InvariantCulture));

        /// <summary>The configured number, or the default when none is set or it is malformed (PRIV000 reports that).</summary>
        public int Read(string? configured) =>
            configured is not null && TryParse(configured, out var number) && IsInRange(number) ? number : Default;

        public override IEnumerable<string> Problems(string value)
        {
            var text = value.Trim();
            if (text.Length == 0)
            {
                yield return "it is empty";
            }
            else if (!TryParse(text, out var number))
            {
                yield return $"'{text}' is not a whole number";
            }
            else if (!IsInRange(number))
            {
                yield return Maximum == int.MaxValue
                    ? $"{number} is less than {Minimum}"
                    : $"{number} is not between {Minimum} and {Maximum}";
            }
        }

        private static bool TryParse(string text, out int number) =>
            int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);

        private bool IsInRange(int number) => number >= Minimum && number <= Maximum;
    }
}
