//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::f32`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct F32Params {
    pub f32_2: ::std::option::Option<::std::string::String>,
    pub f32_3: ::std::option::Option<::std::string::String>,
    pub f32_4: ::std::option::Option<::std::string::String>,
}
impl F32Params {
    /// Sets `f32_2`.
    #[must_use]
    pub fn f32_2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.f32_2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `f32_3`.
    #[must_use]
    pub fn f32_3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.f32_3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `f32_4`.
    #[must_use]
    pub fn f32_4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.f32_4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::f32`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct F32OkHeaders {
    pub f32: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::f32`].
#[derive(Debug, Clone, PartialEq)]
pub enum F32Response {
    /// ok
    Ok { body: super::types::Everything, headers: F32OkHeaders },
}
/// Documented error responses of [`super::Client::f32`].
#[derive(Debug, Clone, PartialEq)]
pub enum F32Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::f32_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum F32PostError {}
impl super::Client {
    /// */ operation f32 "#
    ///
    /// `GET /op100/{f32}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn f32(
        &self,
        f32: &str,
        params: &F32Params,
    ) -> ::std::result::Result<F32Response, super::Error<F32Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op100/");
        url.push_str(
            &super::runtime::path_param(
                "f32",
                &super::runtime::to_value("f32", &f32)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.f32_2 {
            let v = super::runtime::to_value("f32", v)?;
            super::runtime::push_param(&mut query, "f32", &v, "form", true);
        }
        if let Some(v) = &params.f32_3 {
            let v = super::runtime::to_value("f32", v)?;
            headers.push(("f32", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.f32_4 {
            let v = super::runtime::to_value("f32", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "f32", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[100usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("f32", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "f32", method = "GET", path =
            "/op100/{f32}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("f32", status, &response_headers);
        match status {
            200 => {
                let headers = F32OkHeaders {
                    f32: super::runtime::optional_header(
                        &response_headers,
                        "f32",
                        status,
                    )?,
                };
                Ok(F32Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        F32Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(F32Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            F32Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op100/{f32}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn f32_post(
        &self,
        f32: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<F32PostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op100/");
        url.push_str(
            &super::runtime::path_param(
                "f32",
                &super::runtime::to_value("f32", &f32)?,
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
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("f32_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "f32_post", method = "POST", path =
            "/op100/{f32}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("f32_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        F32PostError,
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
