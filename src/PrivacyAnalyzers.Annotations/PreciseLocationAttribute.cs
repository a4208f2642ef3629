using System;

namespace PrivacyAnalyzers
{
    /// <summary>Marks a member that holds a precise location (coordinates, IP address, postal code, street address). Creator-facing types must not expose the precise location of audience members (PRIV004).</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, Inherited = true, AllowMultiple = false)]
    public sealed class PreciseLocationAttribute : Attribute
    {
    }
}
