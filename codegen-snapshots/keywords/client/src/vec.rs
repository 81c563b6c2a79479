//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::vec`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VecParams {
    pub vec2: ::std::option::Option<::std::string::String>,
    pub vec3: ::std::option::Option<::std::string::String>,
    pub vec4: ::std::option::Option<::std::string::String>,
}
impl VecParams {
    /// Sets `vec2`.
    #[must_use]
    pub fn vec2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vec2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `vec3`.
    #[must_use]
    pub fn vec3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vec3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `vec4`.
    #[must_use]
    pub fn vec4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vec4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::vec`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VecOkHeaders {
    pub vec: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::vec`].
#[derive(Debug, Clone, PartialEq)]
pub enum VecResponse {
    /// ok
    Ok { body: super::types::Everything, headers: VecOkHeaders },
}
/// Documented error responses of [`super::Client::vec`].
#[derive(Debug, Clone, PartialEq)]
pub enum VecError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::vec_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum VecPostError {}
impl super::Client {
    /// */ operation Vec "#
    ///
    /// `GET /op109/{Vec}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn vec(
        &self,
        vec: &str,
        params: &VecParams,
    ) -> ::std::result::Result<VecResponse, super::Error<VecError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op109/");
        url.push_str(
            &super::runtime::path_param(
                "Vec",
                &super::runtime::to_value("Vec", &vec)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.vec2 {
            let v = super::runtime::to_value("Vec", v)?;
            super::runtime::push_param(&mut query, "Vec", &v, "form", true);
        }
        if let Some(v) = &params.vec3 {
            let v = super::runtime::to_value("Vec", v)?;
            headers.push(("Vec", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.vec4 {
            let v = super::runtime::to_value("Vec", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Vec", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[109usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("vec", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Vec", method = "GET", path =
            "/op109/{Vec}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("vec", status, &response_headers);
        match status {
            200 => {
                let headers = VecOkHeaders {
                    vec: super::runtime::optional_header(
                        &response_headers,
                        "Vec",
                        status,
                    )?,
                };
                Ok(VecResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        VecError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(VecError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            VecError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op109/{Vec}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn vec_post(
        &self,
        vec: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<VecPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op109/");
        url.push_str(
            &super::runtime::path_param(
                "Vec",
                &super::runtime::to_value("Vec", &vec)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("vec_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Vec_post", method = "POST", path =
            "/op109/{Vec}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("vec_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        VecPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
