((js, wasm) => {
	const idle = window.requestIdleCallback || ((c) => c());
	idle(() => import(js).then((mod) => mod.default({ module_or_path: wasm }).then(() => {
		mod.hydrate();
		for (const island of document.querySelectorAll('leptos-island')) {
			const hydrateIsland = mod[island.dataset.component];
			if (hydrateIsland) hydrateIsland(island);
		}
	})));
})
