package dev.prismaspring.client;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * A {@link ModelClient} whose every operation passes through a {@link QueryObserver}: one proxy
 * over the model's client, so no operation added to the interface goes unobserved.
 */
final class ObservedModelClient implements InvocationHandler {

	private final ModelClient target;

	private final QueryObserver observer;

	private ObservedModelClient(ModelClient target, QueryObserver observer) {
		this.target = target;
		this.observer = observer;
	}

	static ModelClient of(ModelClient target, QueryObserver observer) {
		return (ModelClient) Proxy.newProxyInstance(ModelClient.class.getClassLoader(),
				new Class<?>[] { ModelClient.class }, new ObservedModelClient(target, observer));
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
		if (method.getDeclaringClass() == Object.class || method.getName().equals("model")) {
			return invokeTarget(method, args);
		}
		return this.observer.observe(this.target.model(), method.getName(), () -> {
			try {
				return invokeTarget(method, args);
			}
			catch (RuntimeException | Error ex) {
				throw ex;
			}
			catch (Throwable ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private Object invokeTarget(Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(this.target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
