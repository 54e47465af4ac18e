// Placeholder: being built.
export const CouncilsScreen = () => <div>CouncilsScreen</div>;
