using System;

namespace PrivacyAnalyzers
{
    /// <summary>Marks a member that identifies a person, or a type whose instances represent a person (a user entity). Creator-facing types must not expose such members of audience members (PRIV001).</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, Inherited = true, AllowMultiple = false)]
    public sealed class UserIdentifierAttribute : Attribute
    {
    }
}
